"""Step 4 of the pipeline: the model as YAML, JSON or a table."""
