/**
 * Dubbo's rule listeners keep the previous rule when a new text fails to parse (they log and carry on), so
 * a simulated consumer does the same: parse each node's text once, and on failure keep the last good value.
 */
export class LastGood<T> {
  private readonly byNode = new Map<string, { readonly text: string; readonly value: T | undefined }>();

  constructor(private readonly parse: (text: string, node: string) => T) {}

  /** The parsed value of `text`, or the last good one when it does not parse; undefined text = node removed. */
  get(node: string, text: string | undefined): T | undefined {
    if (text === undefined) {
      this.byNode.delete(node);
      return undefined;
    }
    const cached = this.byNode.get(node);
    if (cached !== undefined && cached.text === text) return cached.value;
    let value: T | undefined;
    try {
      value = this.parse(text, node);
    } catch {
      value = cached?.value;
    }
    this.byNode.set(node, { text, value });
    return value;
  }
}
