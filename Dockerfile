# Multi-stage build: dependencies installed from the hash-locked requirements in a builder stage,
# copied into a slim runtime image that runs as a non-root user. Migrations are their own step:
#   docker run --rm IMAGE gateway db upgrade
#   docker run -p 8000:8000 IMAGE
FROM python:3.11-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/venv
COPY requirements/ requirements/
RUN /opt/venv/bin/pip install --require-hashes --no-deps -r requirements/run.txt -r requirements/build.txt
COPY pyproject.toml README.md hatch_build.py ./
COPY gateway/ gateway/
COPY policies/ policies/
COPY redaction/ redaction/
COPY ledger/ ledger/
RUN /opt/venv/bin/pip install --no-deps --no-build-isolation .

FROM python:3.11-slim AS runtime
RUN useradd --system --uid 10001 --home-dir /app --create-home gateway
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    GATEWAY_VAR_DIR=/app/var \
    GATEWAY_KEYS_DIR=/app/var/keys \
    GATEWAY_DATABASE_URL=sqlite+aiosqlite:////app/var/gateway.db
WORKDIR /app
USER gateway
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["gateway", "serve", "--host", "0.0.0.0", "--port", "8000"]
