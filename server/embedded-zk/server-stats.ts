// Counters behind the srvr/stat/mntr four-letter words.

export class ServerStats {
  packetsReceived = 0;
  packetsSent = 0;
  private latencyCount = 0;
  private latencyTotal = 0;
  private latencyMin = Number.POSITIVE_INFINITY;
  private latencyMax = 0;

  recordLatency(ms: number): void {
    this.latencyCount += 1;
    this.latencyTotal += ms;
    this.latencyMin = Math.min(this.latencyMin, ms);
    this.latencyMax = Math.max(this.latencyMax, ms);
  }

  get minLatency(): number {
    return this.latencyCount === 0 ? 0 : this.latencyMin;
  }

  get maxLatency(): number {
    return this.latencyMax;
  }

  /** Formatted like ServerStats.getAvgLatency (one decimal place, "0.0" before any request). */
  get avgLatency(): string {
    return this.latencyCount === 0 ? '0.0' : (this.latencyTotal / this.latencyCount).toFixed(1);
  }
}
