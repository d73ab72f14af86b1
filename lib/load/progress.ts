/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise (CI logs).
 * Throttled to 10 redraws a second, so drawing never shows up in the figures it reports.
 */
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private lastTenth = -1;
  private printedDone = -1;
  private readonly started = performance.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly phase: string,
    private readonly total: number,
    private readonly quiet = false,
  ) {}

  tick(n = 1): void {
    this.done += n;
    const now = performance.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.draw(false);
  }

  finish(): void {
    this.draw(true);
  }

  private draw(final: boolean): void {
    if (this.quiet) return;
    const share = this.total === 0 ? 1 : Math.min(1, this.done / this.total);
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.done / seconds) : 0;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `${this.phase.padEnd(22)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${this.done}/${this.total}  ${rate}/s  ${seconds.toFixed(1)} s`;
    if (this.tty) {
      process.stderr.write(`\r${line}${final ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth === this.lastTenth && !(final && this.printedDone !== this.done)) return;
    this.lastTenth = tenth;
    this.printedDone = this.done;
    process.stderr.write(`${line}\n`);
  }
}
