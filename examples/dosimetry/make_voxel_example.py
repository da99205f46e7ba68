#!/usr/bin/python3
"""Writes the synthetic example of `psma dose voxel` with nibabel (Debian python3-nibabel): three
177Lu SPECT activity maps (Bq/mL, not decay-corrected) at 4, 24 and 96 h on a 24x24x20 grid of
4.42 mm voxels, a CT in HU and a label mask (1 = kidney-like ellipsoid, 2 = bone lesion sphere).
Synthetic: no patient data. Run from this folder: /usr/bin/python3 make_voxel_example.py"""
import numpy as np
import nibabel as nib

shape = (24, 24, 20)
mm = 4.42
affine = np.diag([-mm, -mm, mm, 1.0])  # LPS-like axes written as RAS with flipped x and y
affine[:3, 3] = [50.0, 50.0, -40.0]
i, j, k = np.meshgrid(*[np.arange(n) for n in shape], indexing='ij')
x, y, z = i * mm, j * mm, k * mm

body = ((x - 53) / 50) ** 2 + ((y - 53) / 45) ** 2 <= 1.0
kidney = ((x - 35) / 14) ** 2 + ((y - 50) / 22) ** 2 + ((z - 42) / 25) ** 2 <= 1.0
lesion = (x - 75) ** 2 + (y - 55) ** 2 + (z - 40) ** 2 <= 12.0 ** 2

labels = np.zeros(shape, dtype=np.uint8)
labels[kidney] = 1
labels[lesion] = 2
ct = np.where(body, 40.0, -1000.0)
ct[lesion] = 350.0

lp = np.log(2) / 159.528
for hours in (4, 24, 96):
    kid = 2.0e5 * (np.exp(-(lp + np.log(2) / 60) * hours) - np.exp(-np.log(2) / 2 * hours))
    les = 4.0e5 * np.exp(-(lp + np.log(2) / 200) * hours)
    bg = 5.0e3 * np.exp(-(lp + np.log(2) / 20) * hours)
    a = np.where(body, bg, 0.0)
    a[kidney] = kid
    a[lesion] = les
    nib.save(nib.Nifti1Image(a.astype(np.float32), affine), 'spect-%dh.nii.gz' % hours)
nib.save(nib.Nifti1Image(ct.astype(np.int16), affine), 'ct.nii.gz')
nib.save(nib.Nifti1Image(labels, affine), 'voi.nii.gz')
