/**
 * The geographic functions of ODK XForms (area, distance, geofence), computed as JavaRosa's GeoUtils
 * does: a sphere of the equatorial radius 6,378,100 m, distances by the spherical law of cosines,
 * areas by the planar shoelace formula on segments scaled from the first point. The numbers
 * therefore agree with ODK Collect, not with a geodesic on the WGS84 ellipsoid.
 */

const EARTH_RADIUS_METERS = 6_378_100;
const EARTH_CIRCUMFERENCE_METERS = 2 * EARTH_RADIUS_METERS * Math.PI;
const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

export interface LatLong {
  latitude: number;
  longitude: number;
}

/** "lat lon [alt [acc]]"; undefined when it is not a point. */
export function parsePoint(text: string): LatLong | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length < 2) return undefined;
  const latitude = Number(parts[0]);
  const longitude = Number(parts[1]);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || parts[0] === '' || parts[1] === '') return undefined;
  return { latitude, longitude };
}

/** The points of a geotrace/geoshape ("p1;p2;…") or of several geopoint values; undefined if one is not a point. */
export function parsePoints(values: readonly string[]): LatLong[] | undefined {
  const texts = values.length === 1 ? values[0].split(';') : values;
  const points: LatLong[] = [];
  for (const text of texts) {
    if (text.trim() === '') continue;
    const point = parsePoint(text);
    if (!point) return undefined;
    points.push(point);
  }
  return points;
}

function distanceBetween(p1: LatLong, p2: LatLong): number {
  const deltaLongitude = toRadians(p1.longitude - p2.longitude);
  const phi1 = toRadians(p1.latitude);
  const phi2 = toRadians(p2.latitude);
  const cosine = Math.sin(phi1) * Math.sin(phi2) + Math.cos(phi1) * Math.cos(phi2) * Math.cos(deltaLongitude);
  // Rounding can push the cosine of two equal points a hair above 1, where acos is NaN.
  return Math.acos(Math.min(1, Math.max(-1, cosine))) * EARTH_RADIUS_METERS;
}

/** Metres along the points in order. */
export function pathDistance(points: readonly LatLong[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distanceBetween(points[i - 1], points[i]);
  return total;
}

/** Square metres enclosed by the points (0 for fewer than three). */
export function enclosedArea(points: readonly LatLong[]): number {
  if (points.length < 3) return 0;
  const reference = points[0];
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const { latitude, longitude } = points[i];
    ys.push(((latitude - reference.latitude) * EARTH_CIRCUMFERENCE_METERS) / 360);
    xs.push(((longitude - reference.longitude) * EARTH_CIRCUMFERENCE_METERS * Math.cos(toRadians(latitude))) / 360);
  }
  let sum = 0;
  for (let i = 1; i < xs.length; i++) sum += (ys[i - 1] * xs[i] - xs[i - 1] * ys[i]) / 2;
  return Math.abs(sum);
}

/** Whether the point lies inside the closed shape (W. R. Franklin's crossing test, as JavaRosa). */
export function isInside(point: LatLong, shape: readonly LatLong[]): boolean {
  let inside = false;
  for (let i = 1; i < shape.length; i++) {
    const a = shape[i - 1];
    const b = shape[i];
    if (
      b.latitude > point.latitude !== a.latitude > point.latitude &&
      point.longitude < ((a.longitude - b.longitude) * (point.latitude - b.latitude)) / (a.latitude - b.latitude) + b.longitude
    ) {
      inside = !inside;
    }
  }
  return inside;
}
