import { v7 as uuidv7 } from 'uuid';

/** Record ids are UUIDv7: time-ordered, so indexes stay compact and ids sort by creation. */
export const newId = (): string => uuidv7();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
