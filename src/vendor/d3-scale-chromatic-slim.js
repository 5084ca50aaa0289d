/**
 * What Observable Plot needs of d3-scale-chromatic on this site, aliased in place of
 * `d3-scale-chromatic` by astro.config.mjs. Plot's table of named colour schemes references
 * every scheme d3 has, which keeps all their colour data in the page's script (about 5 KB
 * gzipped). This site colours by meaning with its own palette; the schemes kept here are the
 * ones it names (`rdbu` for the loss contours) and Plot's defaults for a colour scale given
 * no scheme (`observable10`, `turbo`, `rainbow`, `rdylbu`, `rdbu`, `greys`), so no chart
 * draws differently. Any other scheme name fails loudly with an error saying where to add it.
 * Generated from the import list of @observablehq/plot/src/scales/schemes.js (Plot 0.6.17).
 */
export {
  interpolateGreys,
  interpolateRainbow,
  interpolateRdBu,
  interpolateRdYlBu,
  interpolateTurbo,
  schemeCategory10,
  schemeGreys,
  schemeObservable10,
  schemeRdBu,
  schemeRdYlBu,
  schemeTableau10,
} from '../../node_modules/d3-scale-chromatic/dist/d3-scale-chromatic.mjs';

/** @param {string} name */
const leftOut = (name) => () => {
  throw new Error(`${name} is not in this build: add it to src/vendor/d3-scale-chromatic-slim.js`);
};

export const interpolateBlues = leftOut('interpolateBlues');
export const interpolateBrBG = leftOut('interpolateBrBG');
export const interpolateBuGn = leftOut('interpolateBuGn');
export const interpolateBuPu = leftOut('interpolateBuPu');
export const interpolateCividis = leftOut('interpolateCividis');
export const interpolateCool = leftOut('interpolateCool');
export const interpolateCubehelixDefault = leftOut('interpolateCubehelixDefault');
export const interpolateGnBu = leftOut('interpolateGnBu');
export const interpolateGreens = leftOut('interpolateGreens');
export const interpolateInferno = leftOut('interpolateInferno');
export const interpolateMagma = leftOut('interpolateMagma');
export const interpolateOrRd = leftOut('interpolateOrRd');
export const interpolateOranges = leftOut('interpolateOranges');
export const interpolatePRGn = leftOut('interpolatePRGn');
export const interpolatePiYG = leftOut('interpolatePiYG');
export const interpolatePlasma = leftOut('interpolatePlasma');
export const interpolatePuBu = leftOut('interpolatePuBu');
export const interpolatePuBuGn = leftOut('interpolatePuBuGn');
export const interpolatePuOr = leftOut('interpolatePuOr');
export const interpolatePuRd = leftOut('interpolatePuRd');
export const interpolatePurples = leftOut('interpolatePurples');
export const interpolateRdGy = leftOut('interpolateRdGy');
export const interpolateRdPu = leftOut('interpolateRdPu');
export const interpolateRdYlGn = leftOut('interpolateRdYlGn');
export const interpolateReds = leftOut('interpolateReds');
export const interpolateSinebow = leftOut('interpolateSinebow');
export const interpolateSpectral = leftOut('interpolateSpectral');
export const interpolateViridis = leftOut('interpolateViridis');
export const interpolateWarm = leftOut('interpolateWarm');
export const interpolateYlGn = leftOut('interpolateYlGn');
export const interpolateYlGnBu = leftOut('interpolateYlGnBu');
export const interpolateYlOrBr = leftOut('interpolateYlOrBr');
export const interpolateYlOrRd = leftOut('interpolateYlOrRd');
export const schemeAccent = leftOut('schemeAccent');
export const schemeBlues = leftOut('schemeBlues');
export const schemeBrBG = leftOut('schemeBrBG');
export const schemeBuGn = leftOut('schemeBuGn');
export const schemeBuPu = leftOut('schemeBuPu');
export const schemeDark2 = leftOut('schemeDark2');
export const schemeGnBu = leftOut('schemeGnBu');
export const schemeGreens = leftOut('schemeGreens');
export const schemeOrRd = leftOut('schemeOrRd');
export const schemeOranges = leftOut('schemeOranges');
export const schemePRGn = leftOut('schemePRGn');
export const schemePaired = leftOut('schemePaired');
export const schemePastel1 = leftOut('schemePastel1');
export const schemePastel2 = leftOut('schemePastel2');
export const schemePiYG = leftOut('schemePiYG');
export const schemePuBu = leftOut('schemePuBu');
export const schemePuBuGn = leftOut('schemePuBuGn');
export const schemePuOr = leftOut('schemePuOr');
export const schemePuRd = leftOut('schemePuRd');
export const schemePurples = leftOut('schemePurples');
export const schemeRdGy = leftOut('schemeRdGy');
export const schemeRdPu = leftOut('schemeRdPu');
export const schemeRdYlGn = leftOut('schemeRdYlGn');
export const schemeReds = leftOut('schemeReds');
export const schemeSet1 = leftOut('schemeSet1');
export const schemeSet2 = leftOut('schemeSet2');
export const schemeSet3 = leftOut('schemeSet3');
export const schemeSpectral = leftOut('schemeSpectral');
export const schemeYlGn = leftOut('schemeYlGn');
export const schemeYlGnBu = leftOut('schemeYlGnBu');
export const schemeYlOrBr = leftOut('schemeYlOrBr');
export const schemeYlOrRd = leftOut('schemeYlOrRd');
