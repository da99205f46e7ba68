package org.psmapathway.dosimetry.voxel;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * "Same"-size 3-D convolution of an image with a point-symmetric kernel (a voxel-S-value kernel is
 * symmetric under each axis flip) through the FFT, as SciPy's {@code signal.fftconvolve(mode="same")}
 * computes it, with three choices that make it fast and small:
 *
 * <ul>
 *   <li>each axis is padded to an even 2,3,5-smooth length P ≥ n + ⌊k/2⌋, enough for no
 *       wrap-around inside the output region (an output voxel never reaches more than ⌊k/2⌋
 *       voxels past the image edge), and a length on which mixed-radix FFTs are fastest;
 *   <li>the image transform is real-to-complex along x (half spectrum, Px/2 + 1 columns), and
 *       only the lines that carry data are transformed (zero planes stay zero);
 *   <li>the kernel, placed with its centre at index 0 and wrapped, is real and even, so its
 *       spectrum is real: one double per half-spectrum point instead of two.
 * </ul>
 *
 * Memory: the complex half spectrum (≈ Px·Py·Pz doubles) plus the kernel's real half spectrum (half
 * that), i.e. about 12 bytes per padded voxel plus the output. Work is split over the available
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
    KernelShape.check(image.length, nx, ny, nz, kernel, k);
    int c = k / 2;
    Grid g = new Grid(paddedLength(nx + c), paddedLength(ny + c), paddedLength(nz + c));
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
    double[] out = new double[nx * ny * nz];
    inverseX(a, g, nx, ny, nz, out);
    return out;
  }

  /** Smallest even 2,3,5-smooth integer ≥ n (fast mixed-radix FFT lengths). */
  static int paddedLength(int n) {
    for (int p = Math.max(2, n); ; p++) {
      if (p % 2 == 0 && smooth(p)) {
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

  /** Real part of the half spectrum of the kernel wrapped around index 0 (imaginary part is 0). */
  private static double[] kernelSpectrum(double[] kernel, int k, Grid g) {
    int c = k / 2;
    double[] a = new double[g.complexSize()];
    // Rows of the wrapped kernel are non-zero for y, z in [0, c] ∪ [P − c, P − 1] only; the forward
    // pass over "ny = P" rows transforms the zero ones too, which costs little next to the image.
    forwardX(a, g, g.py(), g.pz(), (y, z, line) -> {
      int j = y <= c ? y : y - g.py();
      int l = z <= c ? z : z - g.pz();
      if (Math.abs(j) > c || Math.abs(l) > c) {
        return;
      }
      for (int i = -c; i <= c; i++) {
        line[Math.floorMod(i, g.px())] = kernel[(i + c) + k * ((j + c) + k * (l + c))];
      }
    });
    forwardY(a, g, g.pz());
    forwardZ(a, g);
    double[] real = new double[a.length / 2];
    for (int n = 0; n < real.length; n++) {
      real[n] = a[2 * n];
    }
    return real;
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

  /** Forward complex transform along z (kernel only). */
  private static void forwardZ(double[] a, Grid g) {
    ThreadLocal<Transforms> t = transforms(g);
    int h = g.h();
    int planeStride = 2 * h * g.py();
    IntStream.range(0, g.py()).parallel().forEach(y -> {
      Transforms tr = t.get();
      double[] line = tr.lineZ;
      for (int u = 0; u < h; u++) {
        int p = g.at(u, y, 0);
        for (int z = 0; z < g.pz(); z++, p += planeStride) {
          line[2 * z] = a[p];
          line[2 * z + 1] = a[p + 1];
        }
        tr.z.complexForward(line);
        p = g.at(u, y, 0);
        for (int z = 0; z < g.pz(); z++, p += planeStride) {
          a[p] = line[2 * z];
          a[p + 1] = line[2 * z + 1];
        }
      }
    });
  }

  /** Along z: forward transform, multiplication by the kernel spectrum, inverse transform. */
  private static void multiplyAlongZ(double[] a, Grid g, double[] kernelSpectrum) {
    ThreadLocal<Transforms> t = transforms(g);
    int h = g.h();
    int pz = g.pz();
    int planeStride = 2 * h * g.py();
    IntStream.range(0, g.py()).parallel().forEach(y -> {
      Transforms tr = t.get();
      double[] line = tr.lineZ;
      for (int u = 0; u < h; u++) {
        int p = g.at(u, y, 0);
        for (int z = 0; z < pz; z++, p += planeStride) {
          line[2 * z] = a[p];
          line[2 * z + 1] = a[p + 1];
        }
        tr.z.complexForward(line);
        int kp = g.at(u, y, 0) / 2;
        for (int z = 0; z < pz; z++, kp += planeStride / 2) {
          double s = kernelSpectrum[kp];
          line[2 * z] *= s;
          line[2 * z + 1] *= s;
        }
        tr.z.complexInverse(line, true);
        p = g.at(u, y, 0);
        for (int z = 0; z < pz; z++, p += planeStride) {
          a[p] = line[2 * z];
          a[p + 1] = line[2 * z + 1];
        }
      }
    });
  }

  /** Complex-to-real transform of the rows that make up the output, cropped to the image. */
  private static void inverseX(double[] a, Grid g, int nx, int ny, int nz, double[] out) {
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
        System.arraycopy(line, 0, out, nx * (y + ny * z), nx);
      }
    });
  }
}
