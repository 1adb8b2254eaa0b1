export { getGazetteer, buildGazetteer, type Gazetteer, type GeoEntry, type GeoKind } from './gazetteer.js';
export { normalizeName, cleanMention } from './normalize.js';
export {
  resolvePlaces,
  resolveMentions,
  geocode,
  candidatesFor,
  haversineKm,
  type PlaceMention,
  type GeoContext,
  type GeoCandidate,
  type MentionResolution,
} from './resolve-places.js';
