// The meeting view's keys, as a presenter's clicker sends them: PageDown, Space, Down and Right forward; PageUp, Up
// and Left back; Home and End to the first and last slide; B or "." blacks the screen and any key brings it back.
// The keys press the page's own buttons, so the slide number reaches the URL as a click would. One listener per
// browser tab, on the document itself: it works from the first load with nothing clicked, and does nothing on the
// other pages (no meeting buttons there). deploy/run-behind-nginx.sh allows this file's exact text by its hash.
(() => {
  if (window.allianceClicker) return;
  window.allianceClicker = true;
  const KEYS = {
    PageDown: "next", ArrowRight: "next", ArrowDown: "next", " ": "next", Spacebar: "next",
    PageUp: "prev", ArrowLeft: "prev", ArrowUp: "prev", Home: "first", End: "last",
    b: "blank", B: "blank", ".": "blank",
  };
  const blank = () => document.getElementById("meeting-blank");
  document.addEventListener("keydown", (e) => {
    if (!document.querySelector(".st-key-meeting_next")) return;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (blank()) {
      blank().remove();
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const target = e.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const act = KEYS[e.key];
    if (!act) return;
    e.preventDefault();
    e.stopPropagation();
    if (act === "blank") {
      const cover = document.createElement("div");
      const label = document.querySelector("[data-meeting-blank]");
      cover.id = "meeting-blank";
      cover.setAttribute("role", "status");
      cover.setAttribute("aria-label", label ? label.getAttribute("data-meeting-blank") : "");
      cover.style.cssText = "position:fixed;inset:0;background:#000;z-index:2147483647;cursor:none";
      cover.addEventListener("click", () => cover.remove());
      document.body.appendChild(cover);
      return;
    }
    // A focused button would also take Space as its own click: the key acts once, through the listener.
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    const button = document.querySelector(`.st-key-meeting_${act} button`);
    if (button && !button.disabled) button.click();
  }, true);
})();
