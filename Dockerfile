# CareerCluster: one container serving the whole site.
#
#   docker build -t careercluster .
#   docker run --read-only --tmpfs /app/data -e Site__BaseUrl=https://careers.example.org -p 8080:8080 careercluster
#
# Site__BaseUrl (the public address) is required: in Production the app will not start without it.
#
# The container is meant to run with a read-only root filesystem. The only thing the app
# writes is the SQLite database it builds from /app/content at start-up, into /app/data,
# which must therefore be a tmpfs (docker --tmpfs /app/data) or an emptyDir (Kubernetes).
# The database is a disposable cache of the content baked into this image, so it needs no
# persistent volume, and replicas never share one.
# See docs/deploy.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# The same script the smoke test (scripts/smoke-published.sh) uses, so the image ships the
# build that was smoke-tested. Invoked through bash so a lost executable bit can't break it.
RUN bash ./scripts/publish.sh /app/publish


FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app

# Code and content stay root-owned, so the app user cannot modify what it serves.
COPY --from=build /app/publish ./
COPY content/ ./content/

# The app user owns /app/data so a plain `docker run` (without --read-only) also works;
# with --tmpfs or an emptyDir mounted over it, the mount's permissions apply instead.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data

# The base image sets ASPNETCORE_HTTP_PORTS=8080; blanking it stops Kestrel warning on every
# start that ASPNETCORE_URLS overrides it.
# Content never changes inside an image (a content change ships as a new image), so
# watching it for edits would only cost inotify handles.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    ASPNETCORE_ENVIRONMENT=Production \
    Content__Path=/app/content \
    Content__Watch=false \
    ConnectionStrings__Careers="Data Source=/app/data/careers.db"

# APP_UID (1654) is the non-root `app` user built into the .NET images.
USER $APP_UID
EXPOSE 8080

# The runtime image has no curl or wget; the app's own `healthcheck` command probes
# http://127.0.0.1:8080/healthz and exits 0/1, so no extra package is needed.
# Kubernetes ignores HEALTHCHECK and uses the probes in deploy/k8s/deployment.yaml.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD ["dotnet", "/app/CareerCluster.Web.dll", "healthcheck"]

ENTRYPOINT ["dotnet", "/app/CareerCluster.Web.dll"]
