# Kehu CRM API + web app, for use with an external PostgreSQL (DATABASE_URL).
FROM node:20-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p api web --outputStyle=static

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 KEHU_DATA_DIR=/var/lib/kehu
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /src/dist/apps/api ./dist/apps/api
COPY --from=build /src/dist/apps/web ./dist/apps/web
RUN mkdir -p /var/lib/kehu && chown node:node /var/lib/kehu
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/main.js"]
