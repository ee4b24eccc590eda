import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadEnv } from '@vzd/config';
import { leavesRoom } from '../domain/storage/disk-watermark';
import { insufficientStorage } from '../utils/errors';

const MB = 1024 * 1024;

/**
 * Room for uploads, for every module that takes files from citizens. An upload first lands in the temporary folder
 * (the body parser streams it there) and then goes to Strapi's upload provider: with the local provider that is
 * `public/uploads` on this machine's disk; with object storage only the temporary folder is local.
 */
const uploads = ({ strapi }: { strapi: Core.Strapi }) => {
  const minFreeBytes = loadEnv().UPLOAD_MIN_FREE_DISK_MB * MB;
  const folders = (arrivedAt?: string): string[] => {
    const list = [arrivedAt ? dirname(arrivedAt) : tmpdir()];
    const provider = strapi.config.get('plugin::upload.provider', 'local');
    if (provider === 'local') list.push(join(strapi.dirs.static.public, 'uploads'));
    return list;
  };

  return {
    /** 507 when storing `bytes` more would leave less than UPLOAD_MIN_FREE_DISK_MB free on a disk the upload uses. */
    async assertRoomFor(bytes: number, arrivedAt?: string): Promise<void> {
      if (minFreeBytes <= 0) return;
      for (const folder of folders(arrivedAt)) {
        const space = await statfs(folder);
        if (!leavesRoom(space, bytes, minFreeBytes)) {
          strapi.log.warn(`[uploads] refused ${bytes} bytes: less than ${loadEnv().UPLOAD_MIN_FREE_DISK_MB} MB would stay free in ${folder}`);
          throw insufficientStorage();
        }
      }
    },
  };
};

export default uploads;
