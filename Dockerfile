# syntax=docker/dockerfile:1
#
# RadarTracking API image. Multi-stage: the JDK and Maven stay in the build stage; the runtime image
# has only a JRE, the application split into Spring Boot's layers, the GraphQL schema and migrations.
#
# Build:  docker build -t radartracking-api .
# Run:    docker run -p 8080:8080 -e DB_HOST=... -e DB_OWNER_PASSWORD=... -e DB_APP_PASSWORD=... \
#                    -e REDIS_HOST=... radartracking-api
# Configuration is the environment-variable contract of bin/lib/env.sh; no secret is baked in.

# ---------------------------------------------------------------------------------------------------
# Build stage
# ---------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Maven wrapper, POM and sources. graphql-schema/ and migrations/ are top-level folders: the build may
# read them (tests are skipped here) and the runtime stage ships them next to the application.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
COPY graphql-schema/ graphql-schema/
COPY migrations/ migrations/
# The cache mount keeps ~/.m2 (dependencies and the Maven distribution the wrapper downloads) between
# builds without putting it into any image layer.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -DskipTests package \
 && cp target/radartracking-api-*.jar app.jar

# Split the executable jar into Spring Boot's layers (dependencies, spring-boot-loader,
# snapshot-dependencies, application), each an exploded directory, plus the launcher classes, so a
# code change rebuilds only the small `application` layer of the image.
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# ---------------------------------------------------------------------------------------------------
# Runtime stage
# ---------------------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

# Non-root user with a fixed uid, so file ownership and Kubernetes/ECS runAsUser policies are stable.
RUN groupadd --system --gid 10001 radar \
 && useradd --system --uid 10001 --gid radar --home-dir /app --no-create-home --shell /usr/sbin/nologin radar

WORKDIR /app
# Least-often-changed first, for layer caching.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# Read at run time relative to the working directory (dgs.graphql.schema-locations=file:graphql-schema/…,
# Flyway filesystem:migrations). Owned by root and read-only to the app user.
COPY graphql-schema/ graphql-schema/
COPY migrations/ migrations/

USER 10001:10001
EXPOSE 8080

# JarLauncher (Spring Boot 3.2+/4: org.springframework.boot.loader.launch) reads the exploded layout in
# the working directory (the default classpath "."). MaxRAMPercentage sizes the heap from the container's
# memory limit instead of the host's. No HEALTHCHECK: the orchestrator probes /actuator/health/readiness
# and /actuator/health/liveness itself (ECS/ALB, Kubernetes).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
