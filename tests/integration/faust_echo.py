"""A minimal faust app (topic in -> topic out) used to prove faust + aiokafka + Kafka work together.

Run as: python tests/integration/faust_echo.py worker   with ECHO_BOOTSTRAP, ECHO_PREFIX set.
"""

import os

import faust

PREFIX = os.environ["ECHO_PREFIX"]
app = faust.App(
    f"{PREFIX}echo",
    broker=f"kafka://{os.environ['ECHO_BOOTSTRAP']}",
    store="memory://",
    topic_partitions=1,
    topic_replication_factor=1,
    web_enabled=False,
)
source = app.topic(f"{PREFIX}in", value_type=bytes, value_serializer="raw")
sink = app.topic(f"{PREFIX}out", value_type=bytes, value_serializer="raw")
counts = app.Table(f"{PREFIX}counts", default=int, partitions=1)


@app.agent(source, concurrency=1)
async def echo(stream):  # type: ignore[no-untyped-def]
    async for key, value in stream.items():
        counts["n"] += 1
        await sink.send(key=key, value=value.upper() + b" #" + str(counts["n"]).encode())


if __name__ == "__main__":
    app.main()
