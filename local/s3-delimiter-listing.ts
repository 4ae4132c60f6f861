import type S3rver from 's3rver';
import type { ListObjectsResult } from 's3rver';

/**
 * Gives the local S3 S3's answer to a listing with a delimiter. s3rver only finds a
 * common prefix whose folder holds an object directly (`cases/{id}/x`), never one whose
 * objects all sit deeper (`cases/{id}/events/…`), so `listFolders('cases/')` would miss
 * most cases. Here the keys are listed without the delimiter, then grouped as S3 does.
 * As in s3rver, `maxKeys` counts objects only, and the next page starts after the last
 * object: a prefix found after it waits for that page, so none is given twice.
 */
export function groupListingsByDelimiter(s3rver: S3rver): void {
  const store = s3rver.store;
  const listObjects = store.listObjects.bind(store);
  store.listObjects = async (bucket, options): Promise<ListObjectsResult> => {
    const { delimiter, prefix = '', maxKeys = Number.POSITIVE_INFINITY } = options;
    if (!delimiter) return listObjects(bucket, options);
    const all = await listObjects(bucket, {
      ...options,
      delimiter: '',
      maxKeys: Number.POSITIVE_INFINITY,
    });
    const objects: ListObjectsResult['objects'] = [];
    const commonPrefixes = new Set<string>();
    let afterLastObject: string[] = [];
    for (const object of all.objects) {
      const end = object.key.indexOf(delimiter, prefix.length);
      if (end >= 0) {
        afterLastObject.push(object.key.slice(0, end + delimiter.length));
        continue;
      }
      if (objects.length >= maxKeys) {
        return { objects, commonPrefixes: [...commonPrefixes].sort(), isTruncated: true };
      }
      objects.push(object);
      for (const common of afterLastObject) commonPrefixes.add(common);
      afterLastObject = [];
    }
    for (const common of afterLastObject) commonPrefixes.add(common);
    return { objects, commonPrefixes: [...commonPrefixes].sort(), isTruncated: false };
  };
}
