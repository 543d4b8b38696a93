"""The browser's widgets, one per pane."""
