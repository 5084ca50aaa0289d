/**
 * /data/fig-N.csv: the numbers behind tutorial figure N, computed at build time from the
 * same memoised runs the figure uses.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURES } from '../../figures/catalog';
import { figureCsvText } from '../../experiments/figures';

export const getStaticPaths: GetStaticPaths = () =>
  FIGURES.map((f) => ({ params: { figure: `fig-${f.n}` }, props: { n: f.n } }));

export const GET: APIRoute = ({ props }) =>
  new Response(figureCsvText((props as { n: number }).n), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
