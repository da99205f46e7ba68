package org.psmapathway.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.psmapathway.dosimetry.image.ImageVolume;
import org.psmapathway.dosimetry.voxel.DirectConvolution;
import org.psmapathway.dosimetry.voxel.FftConvolution;
import org.psmapathway.dosimetry.voxel.KernelNormalisation;
import org.psmapathway.dosimetry.voxel.VoxelDose;
import org.psmapathway.dosimetry.voxel.VoxelSValueKernel;

/**
 * The Java side of bench/voxel-vs-scipy.sh. One JVM per map, so the peak heap is that map's.
 *
 * <pre>
 *   VoxelKernelDose kernel OUT.f64               the 4.8 mm kernel as raw float64 (11³, x fastest)
 *   VoxelKernelDose dose MAP.f32 N REPS [OUT.f64] [direct]
 * </pre>
 *
 * {@code dose} reads an N³ raw float32 map (little-endian, x fastest), times the kernel dose
 * ({@link VoxelDose#kernel}: kernel, FFT convolution, Gy as float32) REPS times, prints each time,
 * the median of all but the first (JIT warm-up) and the peak heap; OUT gets the plain convolution
 * (Σ Ã·S, float64) for the comparison with SciPy; {@code direct} also times the direct sum once.
 */
public final class VoxelKernelDose {

  private VoxelKernelDose() {}

  /** Median of all but the first value (JIT warm-up). */
  private static double warmMedian(double[] x) {
    double[] warm = Arrays.copyOfRange(x, x.length > 1 ? 1 : 0, x.length);
    Arrays.sort(warm);
    return warm[(warm.length - 1) / 2];
  }

  public static void main(String[] args) throws IOException {
    if (args[0].equals("kernel")) {
      double[] k = VoxelSValueKernel.lu177SoftTissue(4.8, KernelNormalisation.PUBLISHED).values();
      ByteBuffer b = ByteBuffer.allocate(8 * k.length).order(ByteOrder.LITTLE_ENDIAN);
      for (double v : k) {
        b.putDouble(v);
      }
      Files.write(Path.of(args[1]), b.array());
      return;
    }
    Path map = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    int reps = Integer.parseInt(args[3]);
    float[] values = new float[n * n * n];
    ByteBuffer.wrap(Files.readAllBytes(map)).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    ImageVolume tia = new ImageVolume(n, n, n, new double[] {4.8, 4.8, 4.8}, new double[3],
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, values, "MBq·h");
    double[] rho = new double[0];
    double[] seconds = new double[reps];
    double[] cpu = new double[reps];
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < reps; r++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      ImageVolume dose = VoxelDose.kernel(tia, rho, KernelNormalisation.PUBLISHED, false);
      seconds[r] = (System.nanoTime() - t0) / 1e9;
      cpu[r] = (os.getProcessCpuTime() - c0) / 1e9;
      if (dose.values().length != values.length) {
        throw new IllegalStateException();
      }
      System.out.printf(Locale.ROOT, "java %d^3 run %d: %.3f s (cpu %.3f s)%n", n, r + 1, seconds[r], cpu[r]);
    }
    System.out.printf(Locale.ROOT, "java %d^3 median %.3f s%n", n, warmMedian(seconds));
    System.out.printf(Locale.ROOT, "java %d^3 cpu median %.3f s%n", n, warmMedian(cpu));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "java %d^3 peak heap %.0f MB under -Xmx %.0f MB (map %.0f MB as float32)%n",
        n, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, 4.0 * values.length / 1e6);
    double[] kernel = VoxelSValueKernel.lu177SoftTissue(4.8, KernelNormalisation.PUBLISHED).values();
    if (args.length > 4 && !args[4].equals("-")) {
      double[] conv = FftConvolution.convolve(values, n, n, n, kernel, 11);
      ByteBuffer b = ByteBuffer.allocate(8 * conv.length).order(ByteOrder.LITTLE_ENDIAN);
      for (double v : conv) {
        b.putDouble(v);
      }
      Files.write(Path.of(args[4]), b.array());
    }
    if (args.length > 5 && args[5].equals("direct")) {
      long t0 = System.nanoTime();
      DirectConvolution.convolve(values, n, n, n, kernel, 11);
      System.out.printf(Locale.ROOT, "java %d^3 direct convolution: %.3f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
  }
}
