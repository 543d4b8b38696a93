"""The app's screens: the browser, help, problems, and importing a source text."""
