package org.psmapathway.dosimetry.voxel;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * "Same"-size 3-D convolution of an image with a point-symmetric kernel (a voxel-S-value kernel is
 * symmetric under each axis flip) through the FFT, as SciPy's {@code signal.fftconvolve(mode="same")}
 * computes it, with three choices that make it fast and small:
 *
 * <ul>
 *   <li>each axis is padded to a 2,3,5-smooth length P ≥ n + ⌊k/2⌋ (even along x), enough for no
 *       wrap-around inside the output region (an output voxel never reaches more than ⌊k/2⌋
 *       voxels past the image edge), and a length on which mixed-radix FFTs are fastest;
 *   <li>the image transform is real-to-complex along x (half spectrum, Px/2 + 1 columns), and
 *       only the lines that carry data are transformed (zero planes stay zero);
 *   <li>the kernel, placed with its centre at index 0 and wrapped, is real and even, so its
 *       spectrum is real (one double per half-spectrum point instead of two) and is a product of
 *       cosine sums, computed directly without a transform.
 * </ul>
 *
 * Memory: the complex half spectrum (≈ Px·Py·Pz doubles) plus the kernel's real half spectrum (half
 * that), i.e. about 12 bytes per padded voxel, plus the output (double, or float when scaled). Work is split over the available
 * processors by planes and lines; each thread has its own 1-D transforms (JTransforms).
 */
public final class FftConvolution {

  private FftConvolution() {}

  /**
   * Convolves {@code image} (nx·ny·nz, x fastest) with the cubic kernel of odd side {@code k}
   * ({@code kernel[(i) + k·((j) + k·(l))]}, centre at (k/2, k/2, k/2)), which must be symmetric under
   * each axis flip. Voxels outside the image count as zero. Returns nx·ny·nz values.
   */
  public static double[] convolve(float[] image, int nx, int ny, int nz, double[] kernel, int k) {
    double[] out = new double[image.length];
    run(image, nx, ny, nz, kernel, k, (i, v) -> out[i] = v);
    return out;
  }

  /**
   * As {@link #convolve}, each result multiplied by {@code scale} and stored as float, without a
   * double-precision copy of the output (for dose maps, which are float32 anyway).
   */
  public static float[] convolveScaled(float[] image, int nx, int ny, int nz, double[] kernel, int k,
      double scale) {
    float[] out = new float[image.length];
    run(image, nx, ny, nz, kernel, k, (i, v) -> out[i] = (float) (v * scale));
    return out;
  }

  @FunctionalInterface
  private interface Sink {
    void put(int index, double value);
  }

  private static void run(float[] image, int nx, int ny, int nz, double[] kernel, int k, Sink out) {
    KernelShape.check(image.length, nx, ny, nz, kernel, k);
    int c = k / 2;
    // x must be even for the packed real transform; y and z are complex transforms of any length
    Grid g = new Grid(paddedLength(nx + c, true), paddedLength(ny + c, false), paddedLength(nz + c, false));
    double[] kernelSpectrum = kernelSpectrum(kernel, k, g);
    double[] a = new double[g.complexSize()];
    forwardX(a, g, ny, nz, (y, z, line) -> {
      int base = nx * (y + ny * z);
      for (int x = 0; x < nx; x++) {
        line[x] = image[base + x];
      }
    });
    forwardY(a, g, nz);
    multiplyAlongZ(a, g, kernelSpectrum);
    inverseY(a, g, nz);
    inverseX(a, g, nx, ny, nz, out);
  }

  /** Smallest 2,3,5-smooth integer ≥ n (fast mixed-radix FFT lengths), even when asked. */
  static int paddedLength(int n, boolean even) {
    for (int p = Math.max(2, n); ; p++) {
      if ((!even || p % 2 == 0) && smooth(p)) {
        return p;
      }
    }
  }

  private static boolean smooth(int p) {
    for (int f : new int[] {2, 3, 5}) {
      while (p % f == 0) {
        p /= f;
      }
    }
    return p == 1;
  }

  /** Padded sizes; h = Px/2 + 1 complex columns of the half spectrum. */
  private record Grid(int px, int py, int pz) {
    int h() {
      return px / 2 + 1;
    }

    int complexSize() {
      return 2 * h() * py * pz;
    }

    /** Index of the real part of half-spectrum point (u, y, z). */
    int at(int u, int y, int z) {
      return 2 * (u + h() * (y + py * z));
    }
  }

  @FunctionalInterface
  private interface RowSource {
    /** Fills {@code line} (zeroed, length Px) with row (y, z) of the input. */
    void fill(int y, int z, double[] line);
  }

  /**
   * Real half spectrum of the kernel wrapped around index 0. A kernel symmetric under each axis flip
   * has the DFT K̂(u, v, w) = Σ K(i, j, l)·cos(2πui/Px)·cos(2πvj/Py)·cos(2πwl/Pz) over the whole cube,
   * a product of three one-dimensional cosine sums, done one axis at a time over the octant
   * (offsets ≥ 0, each non-zero offset counted twice for its mirror image): O(Px·Py·Pz·(k/2 + 1))
   * operations and no complex scratch grid.
   */
  private static double[] kernelSpectrum(double[] kernel, int k, Grid g) {
    int c = k / 2;
    int o = c + 1;
    int h = g.h();
    int py = g.py();
    int pz = g.pz();
    double[][] cx = cosines(h, g.px(), o);
    double[][] cy = cosines(py, py, o);
    double[][] cz = cosines(pz, pz, o);
    // along x: t1[l][j][u]
    double[] t1 = new double[o * o * h];
    for (int l = 0; l < o; l++) {
      for (int j = 0; j < o; j++) {
        for (int u = 0; u < h; u++) {
          double sum = 0;
          for (int i = 0; i < o; i++) {
            sum += cx[u][i] * kernel[(i + c) + k * ((j + c) + k * (l + c))];
          }
          t1[u + h * (j + o * l)] = sum;
        }
      }
    }
    // along y: t2[l][v][u]
    double[] t2 = new double[o * py * h];
    for (int l = 0; l < o; l++) {
      for (int v = 0; v < py; v++) {
        for (int u = 0; u < h; u++) {
          double sum = 0;
          for (int j = 0; j < o; j++) {
            sum += cy[v][j] * t1[u + h * (j + o * l)];
          }
          t2[u + h * (v + py * l)] = sum;
        }
      }
    }
    // along z: spectrum[w][v][u]
    double[] spectrum = new double[h * py * pz];
    IntStream.range(0, pz).parallel().forEach(w -> {
      for (int v = 0; v < py; v++) {
        int base = h * (v + py * w);
        for (int l = 0; l < o; l++) {
          double cw = cz[w][l];
          int src = h * (v + py * l);
          for (int u = 0; u < h; u++) {
            spectrum[base + u] += cw * t2[src + u];
          }
        }
      }
    });
    return spectrum;
  }

  /** cos(2π·f·i/p) for f &lt; frequencies, i &lt; offsets, doubled for i &gt; 0 (the mirror offset). */
  private static double[][] cosines(int frequencies, int p, int offsets) {
    double[][] t = new double[frequencies][offsets];
    for (int f = 0; f < frequencies; f++) {
      for (int i = 0; i < offsets; i++) {
        // reduce f·i mod p first so the angle stays small and exact in double
        t[f][i] = (i == 0 ? 1.0 : 2.0) * Math.cos(2.0 * Math.PI * ((long) f * i % p) / p);
      }
    }
    return t;
  }

  private static final class Transforms {
    final DoubleFFT_1D x;
    final DoubleFFT_1D y;
    final DoubleFFT_1D z;
    final double[] lineX;
    final double[] lineY;
    final double[] lineZ;

    Transforms(Grid g) {
      x = new DoubleFFT_1D(g.px());
      y = new DoubleFFT_1D(g.py());
      z = new DoubleFFT_1D(g.pz());
      lineX = new double[g.px()];
      lineY = new double[2 * g.py()];
      lineZ = new double[2 * g.pz()];
    }
  }

  private static ThreadLocal<Transforms> transforms(Grid g) {
    return ThreadLocal.withInitial(() -> new Transforms(g));
  }

  /** Real-to-complex transform of rows (y &lt; rows, z &lt; planes), unpacked into the half spectrum. */
  private static void forwardX(double[] a, Grid g, int rows, int planes, RowSource source) {
    ThreadLocal<Transforms> t = transforms(g);
    int px = g.px();
    IntStream.range(0, planes).parallel().forEach(z -> {
      Transforms tr = t.get();
      double[] line = tr.lineX;
      for (int y = 0; y < rows; y++) {
        java.util.Arrays.fill(line, 0.0);
        source.fill(y, z, line);
        tr.x.realForward(line);
        // JTransforms' packed layout for even n: [Re0, Re(n/2), Re1, Im1, Re2, Im2, ...]
        int base = g.at(0, y, z);
        a[base] = line[0];
        a[base + 1] = 0.0;
        System.arraycopy(line, 2, a, base + 2, px - 2);
        a[base + px] = line[1];
        a[base + px + 1] = 0.0;
      }
    });
  }

  /** Complex transform along y of the first {@code planes} z-planes. */
  private static void forwardY(double[] a, Grid g, int planes) {
    alongY(a, g, planes, true);
  }

  private static void inverseY(double[] a, Grid g, int planes) {
    alongY(a, g, planes, false);
  }

  private static void alongY(double[] a, Grid g, int planes, boolean forward) {
    ThreadLocal<Transforms> t = transforms(g);
    int h = g.h();
    int py = g.py();
    IntStream.range(0, planes).parallel().forEach(z -> {
      Transforms tr = t.get();
      double[] line = tr.lineY;
      for (int u = 0; u < h; u++) {
        int p = g.at(u, 0, z);
        for (int y = 0; y < py; y++, p += 2 * h) {
          line[2 * y] = a[p];
          line[2 * y + 1] = a[p + 1];
        }
        if (forward) {
          tr.y.complexForward(line);
        } else {
          tr.y.complexInverse(line, true);
        }
        p = g.at(u, 0, z);
        for (int y = 0; y < py; y++, p += 2 * h) {
          a[p] = line[2 * y];
          a[p + 1] = line[2 * y + 1];
        }
      }
    });
  }

  /**
   * Along z: forward transform, multiplication by the kernel spectrum, inverse transform. For one y
   * the (u, z) slab is copied row by row (contiguous reads of 2h doubles) into a buffer with z
   * contiguous per u, so the transforms run on contiguous lines and the grid is read and written
   * once, instead of one cache miss per element with a plane-sized stride.
   */
  private static void multiplyAlongZ(double[] a, Grid g, double[] kernelSpectrum) {
    int h = g.h();
    int pz = g.pz();
    int py = g.py();
    ThreadLocal<Transforms> t = transforms(g);
    ThreadLocal<double[]> slabs = ThreadLocal.withInitial(() -> new double[2 * h * pz]);
    IntStream.range(0, py).parallel().forEach(y -> {
      Transforms tr = t.get();
      double[] slab = slabs.get();
      for (int z = 0; z < pz; z++) {
        int p = g.at(0, y, z);
        for (int u = 0; u < h; u++) {
          slab[2 * (z + pz * u)] = a[p + 2 * u];
          slab[2 * (z + pz * u) + 1] = a[p + 2 * u + 1];
        }
      }
      for (int u = 0; u < h; u++) {
        int off = 2 * pz * u;
        tr.z.complexForward(slab, off);
        int kp = u + h * y;
        for (int z = 0; z < pz; z++, kp += h * py) {
          double s = kernelSpectrum[kp];
          slab[off + 2 * z] *= s;
          slab[off + 2 * z + 1] *= s;
        }
        tr.z.complexInverse(slab, off, true);
      }
      for (int z = 0; z < pz; z++) {
        int p = g.at(0, y, z);
        for (int u = 0; u < h; u++) {
          a[p + 2 * u] = slab[2 * (z + pz * u)];
          a[p + 2 * u + 1] = slab[2 * (z + pz * u) + 1];
        }
      }
    });
  }

  /** Complex-to-real transform of the rows that make up the output, cropped to the image. */
  private static void inverseX(double[] a, Grid g, int nx, int ny, int nz, Sink out) {
    ThreadLocal<Transforms> t = transforms(g);
    int px = g.px();
    IntStream.range(0, nz).parallel().forEach(z -> {
      Transforms tr = t.get();
      double[] line = tr.lineX;
      for (int y = 0; y < ny; y++) {
        int base = g.at(0, y, z);
        line[0] = a[base];
        line[1] = a[base + px];
        System.arraycopy(a, base + 2, line, 2, px - 2);
        tr.x.realInverse(line, true);
        int base0 = nx * (y + ny * z);
        for (int x = 0; x < nx; x++) {
          out.put(base0 + x, line[x]);
        }
      }
    });
  }
}
