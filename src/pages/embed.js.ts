/**
 * `/embed.js`: the embed loader, compiled and minified from src/embed/embed-loader.ts at build
 * time (a classic script, so it works with a plain `<script async>` on any partner page).
 */
import type { APIRoute } from 'astro';
import { buildEmbedLoader } from '../embed/build-loader.ts';

export const GET: APIRoute = async () =>
  new Response(await buildEmbedLoader(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
