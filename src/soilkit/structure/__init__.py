"""Step 2 of the pipeline: `Line`s become a report (`Document`) or a session page."""
