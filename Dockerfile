# srok — a multi-stage image: build with the dev dependencies, run with the production
# ones only, as the unprivileged `node` user. Not exercised by CI (no container engine
# there); `npm run local` starts the same topology as local processes.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY jobs ./jobs
COPY scripts ./scripts
# `npm ci` runs the `prepare` script, which compiles src/ and jobs/ into dist/.
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# No scripts: `prepare` needs the compiler, and the compiled code comes from the build stage.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY email-templates ./email-templates
COPY config ./config
# var/ for the default config; /var/lib/srok for config/examples/production.
RUN mkdir -p var/inbox var/outbox /var/lib/srok/inbox /var/lib/srok/outbox && chown -R node:node var /var/lib/srok
USER node
# The config tree can be replaced by a volume at /app/config (see docker-compose.yml).
ENTRYPOINT ["node", "bin/srok.js"]
CMD ["worker"]
