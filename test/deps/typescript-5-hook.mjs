// dependency-cruiser reads TypeScript through the compiler's JavaScript API, which TypeScript 7 (the project's
// native compiler) no longer has. It gets TypeScript 5 (the `typescript-5` alias package) instead, both where it
// imports the compiler and where it requires its package.json for the version check; nothing else is redirected.
import Module, { register } from 'node:module';

const FROM_CRUISER = '/node_modules/dependency-cruiser/';
const redirect = (request) => request.replace(/^typescript(?=\/|$)/, 'typescript-5');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const fromCruiser = parent?.filename?.includes(FROM_CRUISER) ?? false;
  return resolveFilename.call(this, fromCruiser ? redirect(request) : request, parent, ...rest);
};

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  const fromCruiser = context.parentURL?.includes(${JSON.stringify(FROM_CRUISER)}) ?? false;
  return next(fromCruiser ? specifier.replace(/^typescript(?=\\/|$)/, 'typescript-5') : specifier, context);
}`)}`,
  import.meta.url,
);
