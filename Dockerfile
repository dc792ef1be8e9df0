# The helpline service. Build: docker compose build; run: docker compose up.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
# DejaVu covers Cyrillic, Romanian and Vietnamese letters on the campaign posters.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
COPY . /app
RUN pip install -e . && helpline i18n compile \
    && useradd --system --home /app helpline && mkdir -p /app/var && chown helpline /app/var
USER helpline
EXPOSE 8080
ENV HELPLINE_HOST=0.0.0.0 HELPLINE_PORT=8080
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/readyz').status != 200)"
CMD ["helpline", "serve"]
