/**
 * What Observable Plot needs of d3-geo on this site, aliased in place of `d3-geo` by
 * astro.config.mjs. Plot draws every mark's path with geoPath (over its x/y scales when a
 * chart has no map projection) and clips with geoClipRectangle, so those stay real.
 * Plot's table of named map projections references every projection d3-geo has, which
 * keeps all of them in the page's script although no figure here is a map: about 5 KB
 * (gzipped) that a reader would download for nothing. Those names resolve to a function
 * that fails loudly, so a future figure that asks for a projection gets a clear error
 * naming this file instead of a blank map.
 */
export {
  geoCentroid,
  geoClipRectangle,
  geoGraticule10,
  geoPath,
  geoStream,
  geoTransform,
} from '../../node_modules/d3-geo/dist/d3-geo.mjs';

/** @param {string} name */
const leftOut = (name) => () => {
  throw new Error(`${name} is not in this build: see src/vendor/d3-geo-slim.js to add a map projection`);
};

export const geoAlbers = leftOut('geoAlbers');
export const geoAlbersUsa = leftOut('geoAlbersUsa');
export const geoAzimuthalEqualArea = leftOut('geoAzimuthalEqualArea');
export const geoAzimuthalEquidistant = leftOut('geoAzimuthalEquidistant');
export const geoConicConformal = leftOut('geoConicConformal');
export const geoConicEqualArea = leftOut('geoConicEqualArea');
export const geoConicEquidistant = leftOut('geoConicEquidistant');
export const geoEqualEarth = leftOut('geoEqualEarth');
export const geoEquirectangular = leftOut('geoEquirectangular');
export const geoGnomonic = leftOut('geoGnomonic');
export const geoMercator = leftOut('geoMercator');
export const geoOrthographic = leftOut('geoOrthographic');
export const geoStereographic = leftOut('geoStereographic');
export const geoTransverseMercator = leftOut('geoTransverseMercator');
