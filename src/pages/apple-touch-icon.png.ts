/** /apple-touch-icon.png: the favicon's drawing as a 180 px PNG, drawn at build time. */
import type { APIRoute } from 'astro';
import { touchIconPng } from '../lib/social-image';

// The copy gives the bytes a plain ArrayBuffer, the body type Response declares.
export const GET: APIRoute = () =>
  new Response(new Uint8Array(touchIconPng()), { headers: { 'content-type': 'image/png' } });
