"""Platform layer: settings, Kafka I/O, faust wiring, dead letters, logs, the native broker. Imports no stage."""
