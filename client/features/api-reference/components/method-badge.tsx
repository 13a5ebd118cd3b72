import type { HttpMethod } from '../openapi-reading.ts';
import styles from './api-reference.module.css';

/** The HTTP method in its colour (GET blue, POST green, PUT amber, DELETE red), fixed width so paths line up. */
export function MethodBadge({ method }: { method: HttpMethod }) {
  return <span className={`${styles.method} ${styles[`method-${method}`] ?? ''}`}>{method.toUpperCase()}</span>;
}
