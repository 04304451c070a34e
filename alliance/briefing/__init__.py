"""The joint meeting's briefing: slides as data (deck), drawn by the meeting page, as PPTX and as HTML."""
