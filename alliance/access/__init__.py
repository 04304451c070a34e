"""Who may see and do what. Sign-in is Streamlit's `st.login` (OpenID Connect); this package, which never imports
Streamlit, turns the signed-in identity's claims into a role through alliance.toml's `[access]` mapping, and says what
each role may open and see. The UI wing (`alliance.ui.signin`) applies it; the CLI names its actor itself.

- `roles`: the mapping read from alliance.toml, and the role an identity's claims give.
- `policy`: which pages a role may open, and whether it sees institution-level figures and table downloads.
- `audit`: the append-only record of every publish.
"""
