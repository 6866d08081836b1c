"""Tools above the stages: the offline pipeline, replay, the demo, the scorer, reading article files."""
