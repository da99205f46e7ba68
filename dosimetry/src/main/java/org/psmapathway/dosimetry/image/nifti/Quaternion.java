package org.psmapathway.dosimetry.image.nifti;

/**
 * The NIfTI-1 qform: a rotation stored as the quaternion (b, c, d) with a = √(1 − b² − c² − d²),
 * voxel sizes pixdim[1..3], the handedness qfac = pixdim[0] and an offset. The conversions are
 * those of nifti1_io.c ({@code nifti_quatern_to_mat44}, {@code nifti_mat44_to_quatern}), which
 * nibabel reproduces in {@code nibabel/quaternions.py} ({@code quat2mat}, {@code mat2quat}).
 */
final class Quaternion {

  private Quaternion() {}

  /** The 3×4 voxel-to-RAS affine of a qform. A qfac other than −1 counts as +1 (nifti1.h). */
  static double[][] affine(double b, double c, double d, double qx, double qy, double qz, float[] pixdim) {
    double a = 1.0 - (b * b + c * c + d * d);
    if (a < 1e-7) {
      // a 180° rotation: (b, c, d) is normalised and a = 0, as nifti_quatern_to_mat44 does
      double norm = 1.0 / Math.sqrt(b * b + c * c + d * d);
      b *= norm;
      c *= norm;
      d *= norm;
      a = 0.0;
    } else {
      a = Math.sqrt(a);
    }
    double qfac = pixdim[0] < 0 ? -1.0 : 1.0;
    double sx = pixdim[1];
    double sy = pixdim[2];
    double sz = pixdim[3] * qfac;
    double[][] r = {
        {a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c)},
        {2 * (b * c + a * d), a * a + c * c - b * b - d * d, 2 * (c * d - a * b)},
        {2 * (b * d - a * c), 2 * (c * d + a * b), a * a + d * d - c * c - b * b}};
    return new double[][] {
        {r[0][0] * sx, r[0][1] * sy, r[0][2] * sz, qx},
        {r[1][0] * sx, r[1][1] * sy, r[1][2] * sz, qy},
        {r[2][0] * sx, r[2][1] * sy, r[2][2] * sz, qz}};
  }

  /**
   * The qform of a rotation matrix whose columns are unit axis directions (RAS): returns
   * {b, c, d, qfac}. A left-handed matrix (determinant −1) gets qfac = −1 and its third column
   * negated before conversion, as nifti_mat44_to_quatern does.
   */
  static double[] fromRotation(double[][] m) {
    double r11 = m[0][0];
    double r12 = m[0][1];
    double r13 = m[0][2];
    double r21 = m[1][0];
    double r22 = m[1][1];
    double r23 = m[1][2];
    double r31 = m[2][0];
    double r32 = m[2][1];
    double r33 = m[2][2];
    double det = r11 * (r22 * r33 - r32 * r23) - r12 * (r21 * r33 - r31 * r23)
        + r13 * (r21 * r32 - r31 * r22);
    double qfac = 1.0;
    if (det < 0) {
      qfac = -1.0;
      r13 = -r13;
      r23 = -r23;
      r33 = -r33;
    }
    double a = r11 + r22 + r33 + 1.0;
    double b;
    double c;
    double d;
    if (a > 0.5) {
      a = 0.5 * Math.sqrt(a);
      b = 0.25 * (r32 - r23) / a;
      c = 0.25 * (r13 - r31) / a;
      d = 0.25 * (r21 - r12) / a;
    } else {
      double xd = 1.0 + r11 - (r22 + r33);
      double yd = 1.0 + r22 - (r11 + r33);
      double zd = 1.0 + r33 - (r11 + r22);
      if (xd > 1.0) {
        b = 0.5 * Math.sqrt(xd);
        c = 0.25 * (r12 + r21) / b;
        d = 0.25 * (r13 + r31) / b;
        a = 0.25 * (r32 - r23) / b;
      } else if (yd > 1.0) {
        c = 0.5 * Math.sqrt(yd);
        b = 0.25 * (r12 + r21) / c;
        d = 0.25 * (r23 + r32) / c;
        a = 0.25 * (r13 - r31) / c;
      } else {
        d = 0.5 * Math.sqrt(zd);
        b = 0.25 * (r13 + r31) / d;
        c = 0.25 * (r23 + r32) / d;
        a = 0.25 * (r21 - r12) / d;
      }
      if (a < 0.0) {
        b = -b;
        c = -c;
        d = -d;
      }
    }
    return new double[] {b, c, d, qfac};
  }
}
