import { leavesRoom } from '../disk-watermark';

const MB = 1024 * 1024;
const disk = (freeMb: number) => ({ bavail: (freeMb * MB) / 4096, bsize: 4096 });

describe('the disk watermark', () => {
  it('lets an upload through while enough stays free', () => {
    expect(leavesRoom(disk(5000), 10 * MB, 2048 * MB)).toBe(true);
  });

  it('refuses the upload that would take the disk below the watermark, counting the upload itself', () => {
    expect(leavesRoom(disk(2050), 10 * MB, 2048 * MB)).toBe(false);
    expect(leavesRoom(disk(2058), 10 * MB, 2048 * MB)).toBe(true);
  });

  it('is off at zero', () => {
    expect(leavesRoom(disk(0), 10 * MB, 0)).toBe(true);
  });
});
