// Request type codes (ZooDefs.OpCode) and the special xids that mark non-request frames.

export const OpCode = {
  notification: 0,
  create: 1,
  delete: 2,
  exists: 3,
  getData: 4,
  setData: 5,
  getACL: 6,
  setACL: 7,
  getChildren: 8,
  sync: 9,
  ping: 11,
  getChildren2: 12,
  check: 13,
  multi: 14,
  create2: 15,
  reconfig: 16,
  checkWatches: 17,
  removeWatches: 18,
  createContainer: 19,
  deleteContainer: 20,
  createTTL: 21,
  multiRead: 22,
  auth: 100,
  setWatches: 101,
  sasl: 102,
  getEphemerals: 103,
  getAllChildrenNumber: 104,
  setWatches2: 105,
  addWatch: 106,
  whoAmI: 107,
  createSession: -10,
  closeSession: -11,
  error: -1,
} as const;

export type OpCodeValue = (typeof OpCode)[keyof typeof OpCode];

/** xids with a fixed meaning; ordinary requests use xid >= 0. */
export const SpecialXid = {
  notification: -1,
  ping: -2,
  auth: -4,
  setWatches: -8,
} as const;

/** Java's WatchedEvent types; the server only ever sends 1-4. */
export const EventType = {
  none: -1,
  nodeCreated: 1,
  nodeDeleted: 2,
  nodeDataChanged: 3,
  nodeChildrenChanged: 4,
} as const;

export type EventTypeValue = (typeof EventType)[keyof typeof EventType];

/** KeeperState carried in notifications: the server always reports SyncConnected. */
export const KEEPER_STATE_SYNC_CONNECTED = 3;

// Short names FinalRequestProcessor records as a connection's last operation (cons, stat).
const OPERATION_NAMES: ReadonlyMap<number, string> = new Map([
  [OpCode.ping, 'PING'], [OpCode.create, 'CREA'], [OpCode.create2, 'CREA'], [OpCode.createContainer, 'CREA'],
  [OpCode.createTTL, 'CREA'], [OpCode.delete, 'DELE'], [OpCode.exists, 'EXIS'], [OpCode.getData, 'GETD'],
  [OpCode.setData, 'SETD'], [OpCode.getACL, 'GETA'], [OpCode.setACL, 'SETA'], [OpCode.getChildren, 'GETC'],
  [OpCode.getChildren2, 'GETC'], [OpCode.sync, 'SYNC'], [OpCode.check, 'CHEC'], [OpCode.multi, 'MULT'],
  [OpCode.multiRead, 'MLTR'], [OpCode.reconfig, 'RECO'], [OpCode.checkWatches, 'CHKW'], [OpCode.removeWatches, 'REMW'],
  [OpCode.setWatches, 'SETW'], [OpCode.setWatches2, 'STW2'], [OpCode.addWatch, 'ADDW'], [OpCode.whoAmI, 'HOMI'],
  [OpCode.getEphemerals, 'GETE'], [OpCode.getAllChildrenNumber, 'GETACN'], [OpCode.closeSession, 'CLOS'],
]);

export function operationName(type: number): string {
  return OPERATION_NAMES.get(type) ?? 'NA';
}
