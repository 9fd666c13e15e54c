# The iamport sandbox as a container, for CI services and docker compose.
#   docker build -t iamport-sandbox .
#   docker run --rm -p 8000:8000 iamport-sandbox
# The command is the same `iamport-sandbox --host 0.0.0.0` that tests/packaging runs.
FROM python:3.12-slim

WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY spec/ spec/
COPY generated/ generated/
COPY wrapper/ wrapper/
COPY sandbox/ sandbox/
RUN pip install --no-cache-dir ".[sandbox]" && rm -rf /src

USER nobody
EXPOSE 8000
HEALTHCHECK --interval=5s --timeout=2s --retries=10 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/__sandbox/clock', timeout=2)"]
ENTRYPOINT ["iamport-sandbox"]
CMD ["--host", "0.0.0.0", "--port", "8000"]
