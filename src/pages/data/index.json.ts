/** `/data/index.json`: every dataset and version, with dates, notes, sources and URLs. */
import type { APIRoute } from 'astro';
import { dataIndex } from '../../embed/data-index.ts';
import { getSiteData } from '../../stories/site-data.ts';

export const GET: APIRoute = () => {
  const body = `${JSON.stringify(dataIndex(getSiteData().catalog), null, 2)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
