# One image for every basewatch service; the command picks the stage (see docker-compose.yml).
FROM python:3.11.11-slim-bookworm
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY pyproject.toml README.md ./
COPY basewatch ./basewatch
COPY services ./services
COPY schemas ./schemas
RUN pip install --no-cache-dir .
COPY demo ./demo
USER nobody
ENTRYPOINT ["basewatch"]
