# One image for every basewatch service; the command picks the stage (see docker-compose.yml).
# Dependencies come from requirements.lock (pip-compile, `make lock`), so a rebuild gets the same versions.
FROM python:3.11.11-slim-bookworm
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock
COPY pyproject.toml README.md ./
COPY basewatch ./basewatch
COPY services ./services
COPY schemas ./schemas
RUN pip install --no-cache-dir --no-deps . && rm -rf build
USER nobody
ENTRYPOINT ["basewatch"]
