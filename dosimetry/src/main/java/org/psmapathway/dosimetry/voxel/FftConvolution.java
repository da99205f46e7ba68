package org.psmapathway.dosimetry.voxel;

import java.util.stream.IntStream;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * "Same"-size 3-D convolution of an image with a point-symmetric kernel (a voxel-S-value kernel is
 * symmetric under each axis flip), as SciPy's {@code signal.fftconvolve(mode="same")} computes it:
 * by FFT across each slice and directly along z, with choices that make it fast and small:
 *
 * <ul>
 *   <li>x and y are padded to a 2,3,5-smooth length P ≥ n + ⌊k/2⌋ (even along x), enough for no
 *       wrap-around inside the output region (an output voxel never reaches more than ⌊k/2⌋
 *       voxels past the image edge), and a length on which mixed-radix FFTs are fastest;
 *   <li>the slices' transform is real-to-complex along x (half spectrum, Px/2 + 1 columns), and
 *       only the rows that carry data are transformed;
 *   <li>along z the kernel is short (k taps against hundreds of slices), so instead of a third
 *       transform each slice spectrum is the k-tap sum of its neighbours' spectra, weighted by the
 *       kernel's 2-D spectrum at that z offset: no z padding, no z transforms, and the kernel side
 *       costs (k/2 + 1) slices instead of a whole padded volume;
 *   <li>the kernel, placed with its centre at index 0 and wrapped, is real and even in x and y, so
 *       its 2-D spectra are real and are products of cosine sums, computed without a transform;
 *       being even in z too, offsets +l and −l share one weight.
 * </ul>
 *
 * The transforms and the z sums run in single precision (JTransforms' float FFTs), as SciPy's
 * float32 path does: a quantitative SPECT map is float32 and uncertain by percent, and the result
 * agrees with a double-precision convolution to about 1e-6 of its maximum (ConvolutionTest), while
 * the spectra take half the memory and the passes over them, which stream through memory, run
 * faster. Kernel spectra are computed in double and rounded once.
 *
 * <p>Memory: the complex half spectrum of the slices (≈ Px·Py·nz floats, about 1.1× the image in
 * bytes for a float32 image of 256³), the kernel's (k/2 + 1) slice spectra, and the output (double,
 * or float when scaled). Work is split over the available processors by planes and rows; each
 * thread has its own 1-D transforms (JTransforms).
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
    // x must be even for the packed real transform; y is a complex transform of any length; z is
    // not transformed, so not padded
    Grid g = new Grid(paddedLength(nx + c, true), paddedLength(ny + c, false), nz);
    float[][] taps = kernelTaps(kernel, k, g);
    float[] a = new float[g.complexSize()];
    forwardX(a, g, ny, nz, (y, z, line) -> {
      int base = nx * (y + ny * z);
      for (int x = 0; x < nx; x++) {
        line[x] = image[base + x];
      }
    });
    forwardY(a, g, nz);
    convolveAlongZ(a, g, taps, c);
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

  /** Padded sizes along x and y, and the slices; h = Px/2 + 1 complex columns of the half spectrum. */
  private record Grid(int px, int py, int nz) {
    int h() {
      return px / 2 + 1;
    }

    int complexSize() {
      return 2 * h() * py * nz;
    }

    /** Index of the real part of half-spectrum point (u, y, z). */
    int at(int u, int y, int z) {
      return 2 * (u + h() * (y + py * z));
    }
  }

  @FunctionalInterface
  private interface RowSource {
    /** Fills {@code line} (zeroed, length Px) with row (y, z) of the input. */
    void fill(int y, int z, float[] line);
  }

  /**
   * The kernel's real 2-D half spectra, one per z offset l = 0…k/2, each value written twice (for the
   * real and the imaginary part it multiplies): taps[l][2·(u + h·v) (+1)]. A kernel symmetric under
   * each axis flip has, at offset l, the 2-D DFT K̂(u, v; l) = Σ K(i, j, l)·cos(2πui/Px)·cos(2πvj/Py)
   * over the whole slice, a product of two one-dimensional cosine sums, done one axis at a time over
   * the quadrant (offsets ≥ 0, each non-zero offset counted twice for its mirror image).
   */
  private static float[][] kernelTaps(double[] kernel, int k, Grid g) {
    int c = k / 2;
    int o = c + 1;
    int h = g.h();
    int py = g.py();
    double[][] cx = cosines(h, g.px(), o);
    double[][] cy = cosines(py, py, o);
    float[][] taps = new float[o][2 * h * py];
    double[] alongX = new double[o * h];
    for (int l = 0; l < o; l++) {
      for (int j = 0; j < o; j++) {
        for (int u = 0; u < h; u++) {
          double sum = 0;
          for (int i = 0; i < o; i++) {
            sum += cx[u][i] * kernel[(i + c) + k * ((j + c) + k * (l + c))];
          }
          alongX[u + h * j] = sum;
        }
      }
      for (int v = 0; v < py; v++) {
        for (int u = 0; u < h; u++) {
          double sum = 0;
          for (int j = 0; j < o; j++) {
            sum += cy[v][j] * alongX[u + h * j];
          }
          taps[l][2 * (u + h * v)] = (float) sum;
          taps[l][2 * (u + h * v) + 1] = (float) sum;
        }
      }
    }
    return taps;
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
    final FloatFFT_1D x;
    final FloatFFT_1D y;
    final float[] lineX;
    final float[] lineY;

    Transforms(Grid g) {
      x = new FloatFFT_1D(g.px());
      y = new FloatFFT_1D(g.py());
      lineX = new float[g.px()];
      lineY = new float[2 * g.py()];
    }
  }

  private static ThreadLocal<Transforms> transforms(Grid g) {
    return ThreadLocal.withInitial(() -> new Transforms(g));
  }

  /** Real-to-complex transform of rows (y &lt; rows, z &lt; planes), unpacked into the half spectrum. */
  private static void forwardX(float[] a, Grid g, int rows, int planes, RowSource source) {
    ThreadLocal<Transforms> t = transforms(g);
    int px = g.px();
    IntStream.range(0, planes).parallel().forEach(z -> {
      Transforms tr = t.get();
      float[] line = tr.lineX;
      for (int y = 0; y < rows; y++) {
        java.util.Arrays.fill(line, 0f);
        source.fill(y, z, line);
        tr.x.realForward(line);
        // JTransforms' packed layout for even n: [Re0, Re(n/2), Re1, Im1, Re2, Im2, ...]
        int base = g.at(0, y, z);
        a[base] = line[0];
        a[base + 1] = 0f;
        System.arraycopy(line, 2, a, base + 2, px - 2);
        a[base + px] = line[1];
        a[base + px + 1] = 0f;
      }
    });
  }

  /** Complex transform along y of the first {@code planes} z-planes. */
  private static void forwardY(float[] a, Grid g, int planes) {
    alongY(a, g, planes, true);
  }

  private static void inverseY(float[] a, Grid g, int planes) {
    alongY(a, g, planes, false);
  }

  private static void alongY(float[] a, Grid g, int planes, boolean forward) {
    ThreadLocal<Transforms> t = transforms(g);
    int h = g.h();
    int py = g.py();
    IntStream.range(0, planes).parallel().forEach(z -> {
      Transforms tr = t.get();
      float[] line = tr.lineY;
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
   * Along z, on the slice spectra: each spectrum row (fixed y frequency v) becomes Σ over offsets
   * |l| ≤ k/2 of the row l slices away times the kernel's spectrum at that offset, slices outside
   * the image counting as zero. The rows of all slices for one v are first copied into a buffer
   * (contiguous reads of 2h floats), then written back summed; the inner loops run over
   * contiguous floats.
   */
  private static void convolveAlongZ(float[] a, Grid g, float[][] taps, int c) {
    int row = 2 * g.h();
    int plane = row * g.py();
    int nz = g.nz();
    ThreadLocal<float[]> slabs = ThreadLocal.withInitial(() -> new float[row * nz]);
    IntStream.range(0, g.py()).parallel().forEach(v -> {
      float[] src = slabs.get();
      int at = row * v;
      for (int z = 0; z < nz; z++) {
        System.arraycopy(a, at + plane * z, src, row * z, row);
      }
      float[] centre = taps[0];
      for (int z = 0; z < nz; z++) {
        int dst = at + plane * z;
        int here = row * z;
        for (int i = 0; i < row; i++) {
          a[dst + i] = centre[at + i] * src[here + i];
        }
        for (int l = 1; l <= c; l++) {
          float[] w = taps[l];
          int below = row * (z - l);
          int above = row * (z + l);
          if (z - l >= 0 && z + l < nz) {
            for (int i = 0; i < row; i++) {
              a[dst + i] += w[at + i] * (src[below + i] + src[above + i]);
            }
          } else if (z - l >= 0) {
            for (int i = 0; i < row; i++) {
              a[dst + i] += w[at + i] * src[below + i];
            }
          } else if (z + l < nz) {
            for (int i = 0; i < row; i++) {
              a[dst + i] += w[at + i] * src[above + i];
            }
          }
        }
      }
    });
  }

  /** Complex-to-real transform of the rows that make up the output, cropped to the image. */
  private static void inverseX(float[] a, Grid g, int nx, int ny, int nz, Sink out) {
    ThreadLocal<Transforms> t = transforms(g);
    int px = g.px();
    IntStream.range(0, nz).parallel().forEach(z -> {
      Transforms tr = t.get();
      float[] line = tr.lineX;
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
