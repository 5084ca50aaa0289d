/** /social.png: the Open Graph / Twitter card image, drawn at build time from figure 3's runs. */
import type { APIRoute } from 'astro';
import { socialImagePng } from '../lib/social-image';

// The copy gives the bytes a plain ArrayBuffer, the body type Response declares.
export const GET: APIRoute = () =>
  new Response(new Uint8Array(socialImagePng()), { headers: { 'content-type': 'image/png' } });
