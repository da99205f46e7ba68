#!/usr/bin/python3
"""Writes the NIfTI-1 fixtures of NiftiReaderTest with nibabel (Debian python3-nibabel 5.0.0),
and expected.txt: for each file, the affine nibabel reads back (get_best_affine, RAS) and the
scaled voxel values (get_fdata, Fortran order = x fastest). Uses only local packages; run from
this folder: /usr/bin/python3 make_fixtures.py"""
import numpy as np
import nibabel as nib


def rotation(axis, degrees):
    t = np.radians(degrees)
    c, s = np.cos(t), np.sin(t)
    if axis == 'x':
        return np.array([[1, 0, 0], [0, c, -s], [0, s, c]])
    if axis == 'y':
        return np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])
    return np.array([[c, -s, 0], [s, c, 0], [0, 0, 1]])


def affine(rot, zooms, offset):
    a = np.eye(4)
    a[:3, :3] = rot @ np.diag(zooms)
    a[:3, 3] = offset
    return a


out = []


def record(name):
    img = nib.load(name)
    hdr = img.header
    best = hdr.get_best_affine()
    data = np.asarray(img.get_fdata(), dtype=np.float64)
    out.append(name + " shape " + " ".join(str(s) for s in data.shape))
    out.append(name + " affine " + " ".join(repr(float(v)) for v in best[:3, :].ravel()))
    out.append(name + " values " + " ".join(repr(float(v)) for v in data.ravel(order='F')))


# 1. oblique grid (30° about z, 10° about x), float32, sform and qform both set by nibabel
rot = rotation('z', 30) @ rotation('x', 10)
shape = (5, 4, 3)
data = (np.arange(np.prod(shape), dtype=np.float32).reshape(shape, order='F') * 1.25 - 7.5)
img = nib.Nifti1Image(data, affine(rot, [2.5, 3.0, 4.0], [-60.0, 35.5, 12.25]))
img.set_qform(img.affine, code=1)
img.set_sform(img.affine, code=1)
nib.save(img, 'oblique_float32.nii.gz')
record('oblique_float32.nii.gz')

# 2. flipped first axis (LAS, the radiological convention), int16 with scl_slope/scl_inter
shape = (4, 3, 2)
raw = (np.arange(np.prod(shape)).reshape(shape, order='F') * 37 - 300).astype(np.int16)
img = nib.Nifti1Image(raw, affine(np.diag([-1.0, 1.0, 1.0]), [4.42, 4.42, 4.42], [70.0, -80.0, -50.0]))
img.header.set_data_dtype(np.int16)
img.header.set_slope_inter(0.5, -10.0)
img.set_sform(img.affine, code=2)
img.set_qform(img.affine, code=1)
nib.save(img, 'scaled_int16.nii.gz')
record('scaled_int16.nii.gz')

# 3. qform only (sform_code 0), left-handed grid (qfac = -1), float64, rotated about y
rot = rotation('y', -20) @ np.diag([1.0, 1.0, -1.0])
shape = (3, 3, 4)
data = np.sin(np.arange(np.prod(shape), dtype=np.float64)).reshape(shape, order='F') * 1000.0
img = nib.Nifti1Image(data, None)
img.set_qform(affine(rot, [1.5, 2.0, 3.5], [10.0, -20.0, 30.0]), code=1)
img.set_sform(None, code=0)
nib.save(img, 'qform_only_float64.nii.gz')
record('qform_only_float64.nii.gz')

# 4. big-endian int32, uncompressed
shape = (2, 3, 2)
data = (np.arange(np.prod(shape)).reshape(shape, order='F') * 100003 - 500000).astype('>i4')
hdr = nib.Nifti1Header(endianness='>')
img = nib.Nifti1Image(data, affine(np.eye(3), [2.0, 2.0, 2.0], [1.0, 2.0, 3.0]), header=hdr)
img.header.set_data_dtype(np.dtype('>i4'))
nib.save(img, 'bigendian_int32.nii')
record('bigendian_int32.nii')

# 5. uint8 label mask
shape = (4, 4, 2)
labels = np.zeros(shape, dtype=np.uint8)
labels[1:3, 1:3, 0] = 1
labels[0, 0, 1] = 2
img = nib.Nifti1Image(labels, affine(np.eye(3), [4.8, 4.8, 4.8], [0.0, 0.0, 0.0]))
img.header.set_data_dtype(np.uint8)
nib.save(img, 'labels_uint8.nii.gz')
record('labels_uint8.nii.gz')

with open('expected.txt', 'w') as f:
    f.write("\n".join(out) + "\n")
