/** A growable typed array: one buffer for every field instead of one per field. */
export class Column<T extends Int32Array | Uint16Array | Uint8Array> {
  length = 0
  constructor(
    public values: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.values.length) this.grow(this.length + 1)
    this.values[this.length++] = value
  }

  fill(value: number, count: number): void {
    this.grow(this.length + count)
    this.values.fill(value, this.length, this.length + count)
    this.length += count
  }

  private grow(size: number): void {
    if (size <= this.values.length) return
    const next = this.make(Math.max(size, this.values.length * 2, 1024))
    next.set(this.values.subarray(0, this.length))
    this.values = next
  }

  /** The filled part, copied into a buffer of its own size. */
  done(): T {
    return this.values.slice(0, this.length) as T
  }
}

export const int32s = () => new Column(new Int32Array(0), (n) => new Int32Array(n))
export const uint16s = () => new Column(new Uint16Array(0), (n) => new Uint16Array(n))
export const uint8s = () => new Column(new Uint8Array(0), (n) => new Uint8Array(n))
