#!/usr/bin/python3
"""Writes the DICOM fixtures of org.psmapathway.dosimetry.image.dicom and expected.json.

Run with Debian's python3-pydicom 2.3.1 and python3-numpy (no network):
    /usr/bin/python3 make_fixtures.py
The files are committed; tests read them and never run this script.

expected.json holds what pydicom/numpy say each file means, computed from the DICOM rules
directly (PS3.3 C.7.6.2.1.1 for pixel positions, C.8.4.15 for the sign of Spacing Between
Slices, C.7.6.16.2.11 for Real World Value Mapping, C.11.1 for rescale):
  - nx, ny, nz: columns, rows, slices;
  - spacing: [column spacing = PixelSpacing[1], row spacing = PixelSpacing[0], slice spacing];
  - origin/direction: the grid convention of ImageVolume with slices ordered by increasing
    position along the normal row x column (so the direction matrix is right-handed);
  - samples: stored value -> real-world value of single pixels, each with the LPS position of
    its centre computed from IPP/IOP of the frame (or file) it was written to.
"""
import json
import os
import shutil

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.pixel_data_handlers.numpy_handler import pack_bits
from pydicom.sequence import Sequence

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = "1.2.826.0.1.3680043.8.498.7177."
NM_STORAGE = "1.2.840.10008.5.1.4.1.1.20"
PET_STORAGE = "1.2.840.10008.5.1.4.1.1.128"
SEG_STORAGE = "1.2.840.10008.5.1.4.1.1.66.4"
IMPLICIT = "1.2.840.10008.1.2"
EXPLICIT = "1.2.840.10008.1.2.1"
BIG = "1.2.840.10008.1.2.2"
JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70"
LU177_HALF_LIFE_S = "574300.8"  # 6.647 d
expected = {}


def uid(n):
    return ROOT + str(n)


def new_file(sop_class, sop_uid, syntax):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = sop_class
    meta.MediaStorageSOPInstanceUID = sop_uid
    meta.TransferSyntaxUID = syntax
    meta.ImplementationClassUID = ROOT + "1"
    ds = Dataset()
    ds.file_meta = meta
    ds.preamble = b"\0" * 128
    ds.is_little_endian = syntax != BIG
    ds.is_implicit_VR = syntax == IMPLICIT
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_uid
    ds.PatientName = "Fixture^Dosimetry"
    ds.PatientID = "FIX-001"
    return ds


def save(ds, name):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    ds.save_as(path, write_like_original=False)
    return path


def floats(ds_values):
    return np.array([float(v) for v in ds_values], dtype=np.float64)


def code(value, scheme, meaning):
    c = Dataset()
    c.CodeValue = value
    c.CodingSchemeDesignator = scheme
    c.CodeMeaning = meaning
    return c


def radiopharmaceutical(start_date_time=None, start_time=None, total_dose="7400000000",
                        half_life=LU177_HALF_LIFE_S, undefined=False):
    item = Dataset()
    item.Radiopharmaceutical = "Lu-177 PSMA-617"
    if start_date_time:
        item.RadiopharmaceuticalStartDateTime = start_date_time
    if start_time:
        item.RadiopharmaceuticalStartTime = start_time
    item.RadionuclideTotalDose = total_dose
    item.RadionuclideHalfLife = half_life
    item.RadionuclideCodeSequence = Sequence([code("C-130F9", "SRT", "^177^Lutetium")])
    seq = Sequence([item])
    if undefined:
        item.is_undefined_length_sequence_item = True
    return seq


def geometry(rows, cols, pixel_spacing, iop):
    row_dir = floats(iop[:3])
    col_dir = floats(iop[3:])
    normal = np.cross(row_dir, col_dir)
    dy, dx = floats(pixel_spacing)  # PixelSpacing = row spacing \ column spacing
    return row_dir, col_dir, normal, dx, dy


def centre(ipp, row_dir, col_dir, dx, dy, r, c):
    return floats(ipp) + c * dx * row_dir + r * dy * col_dir


def record(name, nx, ny, nz, spacing, origin, direction, samples, **extra):
    entry = dict(nx=nx, ny=ny, nz=nz, spacing=[float(s) for s in spacing],
                 origin=[float(o) for o in origin],
                 direction=[float(d) for d in np.asarray(direction).ravel()],
                 samples=samples)
    entry.update(extra)
    expected[name] = entry


def sample_pixels(rng, n, nz, ny, nx):
    picks = [(0, 0, 0), (nz - 1, ny - 1, nx - 1), (0, ny - 1, 0), (nz - 1, 0, nx - 1)]
    while len(picks) < n:
        picks.append((int(rng.integers(nz)), int(rng.integers(ny)), int(rng.integers(nx))))
    return picks


# --- 1. Multi-frame NM, negative Spacing Between Slices, RWVM in Bq/ml (explicit VR LE) -------
def nm_multiframe_rwvm():
    rng = np.random.default_rng(7)
    rows, cols, frames = 10, 12, 6
    pixel_spacing = ["4.0", "4.5"]
    iop = ["0.8", "0.6", "0", "0", "0", "-1"]  # oblique: tests the normal row x column
    ipp = ["-100.0", "-120.5", "80.25"]
    sbs = "-4.8"
    ds = new_file(NM_STORAGE, uid(100), EXPLICIT)
    ds.Modality = "NM"
    ds.Manufacturer = "GE MEDICAL SYSTEMS"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "RECON TOMO", "EMISSION"]
    ds.SeriesInstanceUID = uid(101)
    ds.AcquisitionDate = "20260310"
    ds.AcquisitionTime = "101500.00"
    ds.SeriesDate = "20260310"
    ds.SeriesTime = "101000"
    ds.ActualFrameDuration = "30000"
    ds.RadiopharmaceuticalInformationSequence = radiopharmaceutical(start_date_time="20260309083000.00")
    detector = Dataset()
    detector.ImagePositionPatient = ipp
    detector.ImageOrientationPatient = iop
    detector.is_undefined_length_sequence_item = True
    ds.DetectorInformationSequence = Sequence([detector])
    ds["DetectorInformationSequence"].is_undefined_length = True
    ds.NumberOfFrames = frames
    ds.FrameIncrementPointer = 0x00540080
    ds.SliceVector = list(range(1, frames + 1))
    ds.NumberOfSlices = frames
    ds.SliceThickness = "4.8"
    ds.SpacingBetweenSlices = sbs
    ds.PixelSpacing = pixel_spacing
    # A vendor rescale beside the mapping: RWVM maps stored values itself (C.7.6.16.2.11.1).
    ds.RescaleSlope = "2.0"
    ds.RescaleIntercept = "0"
    rwvm = Dataset()
    rwvm.RealWorldValueFirstValueMapped = 0
    rwvm.RealWorldValueLastValueMapped = 65535
    rwvm.RealWorldValueIntercept = -3.0
    rwvm.RealWorldValueSlope = 12.5
    rwvm.LUTExplanation = "Bq/ml"
    rwvm.LUTLabel = "BQML"
    rwvm.MeasurementUnitsCodeSequence = Sequence([code("Bq/ml", "UCUM", "becquerels/milliliter")])
    ds.RealWorldValueMappingSequence = Sequence([rwvm])
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    pixels = rng.integers(0, 4000, size=(frames, rows, cols)).astype("<u2")
    ds.PixelData = pixels.tobytes()
    path = save(ds, "nm_multiframe_rwvm.dcm")

    back = pydicom.dcmread(path)
    arr = back.pixel_array.astype(np.float64)
    det = back.DetectorInformationSequence[0]
    row_dir, col_dir, normal, dx, dy = geometry(rows, cols, back.PixelSpacing, det.ImageOrientationPatient)
    step = float(back.SpacingBetweenSlices)
    m = back.RealWorldValueMappingSequence[0]
    values = arr * float(m.RealWorldValueSlope) + float(m.RealWorldValueIntercept)
    frame_ipp = [floats(det.ImagePositionPatient) + f * step * normal for f in range(frames)]
    order = sorted(range(frames), key=lambda f: float(np.dot(frame_ipp[f], normal)))
    samples = []
    for f, r, c in sample_pixels(rng, 12, frames, rows, cols):
        samples.append(dict(frame=f, row=r, column=c, stored=int(arr[f, r, c]),
                            position=centre(frame_ipp[f], row_dir, col_dir, dx, dy, r, c).tolist(),
                            value=float(values[f, r, c])))
    record("nm_multiframe_rwvm.dcm", cols, rows, frames, [dx, dy, abs(step)], frame_ipp[order[0]],
           [row_dir, col_dir, normal], samples, sliceOrder=order, decoding="REAL_WORLD_VALUE_MAPPING",
           unit="Bq/mL", acquisition="2026-03-10T10:15", injection="2026-03-09T08:30",
           injectedMBq=7400.0, halfLifeS=574300.8, sumOfValues=float(values.sum()))


# --- 2. Multi-frame NM in counts, positive spacing, signed 16 bit, NM rescale ----------------
def nm_counts():
    rng = np.random.default_rng(11)
    rows, cols, frames = 6, 8, 4
    ds = new_file(NM_STORAGE, uid(200), EXPLICIT)
    ds.Modality = "NM"
    ds.Manufacturer = "SIEMENS NM"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "RECON TOMO", "EMISSION"]
    ds.SeriesInstanceUID = uid(201)
    ds.AcquisitionDate = "20260311"
    ds.AcquisitionTime = "090000"
    detector = Dataset()
    detector.ImagePositionPatient = ["-14.0", "-10.0", "-5.5"]
    detector.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    ds.DetectorInformationSequence = Sequence([detector])
    ds.NumberOfFrames = frames
    ds.FrameIncrementPointer = 0x00540080
    ds.SliceVector = list(range(1, frames + 1))
    ds.SpacingBetweenSlices = "3.3"
    ds.SliceThickness = "3.3"
    ds.PixelSpacing = ["3.3", "3.3"]
    ds.RescaleSlope = "0.5"
    ds.RescaleIntercept = "0"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    pixels = rng.integers(-20, 900, size=(frames, rows, cols)).astype("<i2")
    ds.PixelData = pixels.tobytes()
    path = save(ds, "nm_counts.dcm")

    back = pydicom.dcmread(path)
    arr = back.pixel_array.astype(np.float64)
    det = back.DetectorInformationSequence[0]
    row_dir, col_dir, normal, dx, dy = geometry(rows, cols, back.PixelSpacing, det.ImageOrientationPatient)
    step = float(back.SpacingBetweenSlices)
    rescaled = arr * float(back.RescaleSlope) + float(back.RescaleIntercept)
    frame_ipp = [floats(det.ImagePositionPatient) + f * step * normal for f in range(frames)]
    samples = []
    for f, r, c in sample_pixels(rng, 10, frames, rows, cols):
        samples.append(dict(frame=f, row=r, column=c, stored=int(arr[f, r, c]),
                            position=centre(frame_ipp[f], row_dir, col_dir, dx, dy, r, c).tolist(),
                            value=float(rescaled[f, r, c])))
    record("nm_counts.dcm", cols, rows, frames, [dx, dy, step], frame_ipp[0],
           [row_dir, col_dir, normal], samples, sliceOrder=list(range(frames)),
           unit="rescaled", sumOfStored=float(arr.sum()), sumOfRescaled=float(rescaled.sum()))


# --- 2b. NM exported slice by slice (plane in the detector sequence), and a multi-frame NM
#         without Spacing Between Slices (contiguous slices at Slice Thickness) ---------------
def nm_series_and_thickness_only():
    rng = np.random.default_rng(59)
    rows, cols, n = 4, 5, 4
    directory = os.path.join(HERE, "nm_series")
    shutil.rmtree(directory, ignore_errors=True)
    iop = ["0", "1", "0", "0", "0", "-1"]  # sagittal: normal = row x column = (-1, 0, 0)
    xs = ["%.1f" % (30.0 - 4.4 * k) for k in range(n)]
    order = [2, 0, 3, 1]
    for k in range(n):
        ds = new_file(NM_STORAGE, uid(250 + k), IMPLICIT)
        ds.Modality = "NM"
        ds.SeriesInstanceUID = uid(259)
        ds.AcquisitionDate, ds.AcquisitionTime = "20260312", "110000"
        detector = Dataset()
        detector.ImagePositionPatient = [xs[k], "-20", "15"]
        detector.ImageOrientationPatient = iop
        ds.DetectorInformationSequence = Sequence([detector])
        ds.PixelSpacing = ["4.4", "4.4"]
        ds.SliceThickness = "4.4"
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.Rows, ds.Columns = rows, cols
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
        ds.PixelData = rng.integers(0, 500, size=(rows, cols)).astype("<u2").tobytes()
        save(ds, "nm_series/slice%d.dcm" % order[k])
    files = sorted(os.listdir(directory))
    backs = [pydicom.dcmread(os.path.join(directory, f)) for f in files]
    det = [b.DetectorInformationSequence[0] for b in backs]
    row_dir, col_dir, normal, dx, dy = geometry(rows, cols, ["4.4", "4.4"], det[0].ImageOrientationPatient)
    along = [float(np.dot(floats(d.ImagePositionPatient), normal)) for d in det]
    first = int(np.argmin(along))
    step = (max(along) - min(along)) / (n - 1)
    samples = []
    for f, b in enumerate(backs):
        for r, c in [(0, 0), (rows - 1, cols - 1), (1, 2)]:
            samples.append(dict(file=files[f], row=r, column=c, stored=int(b.pixel_array[r, c]),
                                position=centre(det[f].ImagePositionPatient, row_dir, col_dir, dx, dy, r, c).tolist(),
                                value=float(b.pixel_array[r, c])))
    record("nm_series", cols, rows, n, [dx, dy, step], floats(det[first].ImagePositionPatient),
           [row_dir, col_dir, normal], samples, decoding="NM_RESCALE_CALIBRATED")

    ds = new_file(NM_STORAGE, uid(270), EXPLICIT)
    ds.Modality = "NM"
    ds.ImageType = ["ORIGINAL", "PRIMARY", "RECON TOMO", "EMISSION"]
    ds.SeriesInstanceUID = uid(271)
    detector = Dataset()
    detector.ImagePositionPatient = ["-8", "-6", "-12"]
    detector.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    ds.DetectorInformationSequence = Sequence([detector])
    ds.NumberOfFrames = 3
    ds.FrameIncrementPointer = 0x00540080
    ds.SliceVector = [1, 2, 3]
    ds.SliceThickness = "6.0"
    ds.PixelSpacing = ["4.0", "4.0"]
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = 3, 3
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    pixels = rng.integers(0, 500, size=(3, 3, 3)).astype("<u2")
    ds.PixelData = pixels.tobytes()
    path = save(ds, "nm_thickness_only.dcm")
    back = pydicom.dcmread(path)
    arr = back.pixel_array
    ipp = floats(back.DetectorInformationSequence[0].ImagePositionPatient)
    samples = [dict(frame=f, row=r, column=c, stored=int(arr[f, r, c]),
                    position=(ipp + [c * 4.0, r * 4.0, f * 6.0]).tolist(), value=float(arr[f, r, c]))
               for f in range(3) for r, c in [(0, 0), (2, 1)]]
    record("nm_thickness_only.dcm", 3, 3, 3, [4.0, 4.0, 6.0], ipp, np.eye(3), samples)


# --- 3. PT series of single-frame files, BQML with per-slice rescale, shuffled -------------
PT_ROWS, PT_COLS, PT_SLICES = 7, 9, 7  # 63 pixels a frame: SEG frames are not byte aligned
PT_IOP = ["1", "0", "0", "0", "1", "0"]
PT_SPACING = ["3.0", "3.5"]
PT_Z = ["%.2f" % (-50 + 3.27 * k) for k in range(PT_SLICES)]
PT_XY = ["-14.0", "-10.5"]


def pt_series():
    rng = np.random.default_rng(23)
    directory = os.path.join(HERE, "pt_series")
    shutil.rmtree(directory, ignore_errors=True)
    file_of_slice = rng.permutation(PT_SLICES)  # file name and instance number shuffled
    instance_of_slice = rng.permutation(PT_SLICES) + 1
    for k in range(PT_SLICES):
        ds = new_file(PET_STORAGE, uid(300 + k), EXPLICIT)
        ds.Modality = "PT"
        ds.Manufacturer = "SIEMENS"
        ds.ImageType = ["ORIGINAL", "PRIMARY"]
        ds.SeriesInstanceUID = uid(399)
        ds.FrameOfReferenceUID = uid(398)
        ds.InstanceNumber = int(instance_of_slice[k])
        ds.SeriesDate = "20260310"
        ds.SeriesTime = "141000"
        ds.AcquisitionDate = "20260310"
        ds.AcquisitionTime = "141000.000" if k != 3 else "141002.500"
        ds.Units = "BQML"
        ds.DecayCorrection = "START"
        ds.CorrectedImage = ["ATTN", "DECY"]
        ds.RadiopharmaceuticalInformationSequence = radiopharmaceutical(
            start_time="121500", total_dose="250000000", undefined=(k % 2 == 0))
        ds.ImagePositionPatient = PT_XY + [PT_Z[k]]
        ds.ImageOrientationPatient = PT_IOP
        ds.PixelSpacing = PT_SPACING
        ds.SliceThickness = "3.27"
        ds.RescaleSlope = "%.4f" % (0.25 + 0.137 * k)
        ds.RescaleIntercept = "0"
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.Rows, ds.Columns = PT_ROWS, PT_COLS
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.PixelData = rng.integers(-50, 3000, size=(PT_ROWS, PT_COLS)).astype("<i2").tobytes()
        save(ds, "pt_series/img%02d.dcm" % file_of_slice[k])

    files = sorted(os.listdir(directory))
    backs = [pydicom.dcmread(os.path.join(directory, f)) for f in files]
    row_dir, col_dir, normal, dx, dy = geometry(PT_ROWS, PT_COLS, PT_SPACING, backs[0].ImageOrientationPatient)
    along = [float(np.dot(floats(b.ImagePositionPatient), normal)) for b in backs]
    order = list(np.argsort(along))
    first, last = backs[order[0]], backs[order[-1]]
    step = (along[order[-1]] - along[order[0]]) / (PT_SLICES - 1)
    samples = []
    for n in range(14):
        f = int(rng.integers(len(backs)))
        r, c = int(rng.integers(PT_ROWS)), int(rng.integers(PT_COLS))
        b = backs[f]
        stored = int(b.pixel_array[r, c])
        samples.append(dict(file=files[f], row=r, column=c, stored=stored,
                            position=centre(b.ImagePositionPatient, row_dir, col_dir, dx, dy, r, c).tolist(),
                            value=stored * float(b.RescaleSlope) + float(b.RescaleIntercept)))
    record("pt_series", PT_COLS, PT_ROWS, PT_SLICES, [dx, dy, step], floats(first.ImagePositionPatient),
           [row_dir, col_dir, normal], samples, sliceOrder=[files[i] for i in order],
           decoding="PET_BQML_RESCALE", unit="Bq/mL", acquisition="2026-03-10T14:10",
           injection="2026-03-10T12:15", injectedMBq=250.0, halfLifeS=574300.8, decayCorrection="START")


# --- 4. One PT slice in implicit VR LE, 32-bit unsigned, decay corrected to ADMIN -----------
def pt_implicit():
    rng = np.random.default_rng(31)
    rows, cols = 5, 6
    ds = new_file(PET_STORAGE, uid(400), IMPLICIT)
    ds.Modality = "PT"
    ds.SeriesInstanceUID = uid(401)
    ds.AcquisitionDate = "20260310"
    ds.AcquisitionTime = "093000"
    ds.Units = "BQML"
    ds.DecayCorrection = "ADMIN"
    ds.CorrectedImage = ["DECY", "ATTN"]
    ds.RadiopharmaceuticalInformationSequence = radiopharmaceutical(
        start_date_time="20260310080000", total_dose="6800000000")
    # A sequence this reader's dictionary does not know: read as UN, parsed on request.
    ds.PatientOrientationCodeSequence = Sequence([code("F-10450", "SRT", "recumbent")])
    ds.ImagePositionPatient = ["10", "20", "-30.5"]
    ds.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    ds.PixelSpacing = ["2.5", "2.0"]
    ds.SliceThickness = "2.0"
    ds.RescaleSlope = "0.001"
    ds.RescaleIntercept = "0"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 32, 32, 31, 0
    ds.PixelData = rng.integers(0, 4_000_000_000, size=(rows, cols), dtype=np.uint64).astype("<u4").tobytes()
    path = save(ds, "pt_implicit_admin.dcm")

    back = pydicom.dcmread(path)
    arr = back.pixel_array.astype(np.float64)
    row_dir, col_dir, normal, dx, dy = geometry(rows, cols, back.PixelSpacing, back.ImageOrientationPatient)
    samples = [dict(row=r, column=c, stored=int(arr[r, c]),
                    position=centre(back.ImagePositionPatient, row_dir, col_dir, dx, dy, r, c).tolist(),
                    value=float(arr[r, c] * float(back.RescaleSlope)))
               for r, c in [(0, 0), (4, 5), (2, 3), (1, 4)]]
    hours = 1.5
    record("pt_implicit_admin.dcm", cols, rows, 1, [dx, dy, float(back.SliceThickness)],
           floats(back.ImagePositionPatient), [row_dir, col_dir, normal], samples,
           decoding="PET_BQML_RESCALE", decayCorrection="ADMIN", acquisition="2026-03-10T09:30",
           injection="2026-03-10T08:00", injectedMBq=6800.0, halfLifeS=574300.8,
           undoFactor=float(np.exp(-np.log(2) / 574300.8 * hours * 3600)))
    return path


# --- 5. The same kind of slice in explicit VR big endian (retired syntax) ------------------
def pt_big_endian():
    rng = np.random.default_rng(37)
    rows, cols = 4, 3
    ds = new_file(PET_STORAGE, uid(500), BIG)
    ds.Modality = "PT"
    ds.SeriesInstanceUID = uid(501)
    ds.AcquisitionDate = "20260310"
    ds.AcquisitionTime = "093000"
    ds.Units = "BQML"
    ds.DecayCorrection = "NONE"
    # big-endian item and delimiter tags, undefined length
    ds.RadiopharmaceuticalInformationSequence = radiopharmaceutical(
        start_date_time="20260310080000", total_dose="6800000000", undefined=True)
    ds["RadiopharmaceuticalInformationSequence"].is_undefined_length = True
    ds.ImagePositionPatient = ["0", "0", "0"]
    ds.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    ds.PixelSpacing = ["2.0", "2.0"]
    ds.SliceThickness = "2.0"
    ds.RescaleSlope = "1.5"
    ds.RescaleIntercept = "0"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    ds.PixelData = rng.integers(-300, 30000, size=(rows, cols)).astype(">i2").tobytes()
    path = save(ds, "pt_big_endian.dcm")
    back = pydicom.dcmread(path)
    arr = back.pixel_array.astype(np.float64)
    row_dir, col_dir, normal, dx, dy = geometry(rows, cols, back.PixelSpacing, back.ImageOrientationPatient)
    samples = [dict(row=r, column=c, stored=int(arr[r, c]),
                    position=centre(back.ImagePositionPatient, row_dir, col_dir, dx, dy, r, c).tolist(),
                    value=float(arr[r, c] * 1.5)) for r in range(rows) for c in range(cols)]
    record("pt_big_endian.dcm", cols, rows, 1, [dx, dy, 2.0], [0, 0, 0], [row_dir, col_dir, normal],
           samples, decoding="PET_BQML_RESCALE", decayCorrection="NONE")


# --- 5b. Narrow pixel cells: 12 of 16 bits signed with junk above, and 8-bit unsigned --------
def pt_narrow(name, bits_allocated, bits_stored, signed, raw):
    rows, cols = raw.shape
    ds = new_file(PET_STORAGE, uid(550 + bits_stored), EXPLICIT)
    ds.Modality = "PT"
    ds.SeriesInstanceUID = uid(551 + bits_stored)
    ds.Units = "BQML"
    ds.ImagePositionPatient = ["1.5", "-2.5", "7"]
    ds.ImageOrientationPatient = ["1", "0", "0", "0", "1", "0"]
    ds.PixelSpacing = ["2.0", "2.0"]
    ds.SliceThickness = "3.0"
    ds.RescaleSlope = "0.75"
    ds.RescaleIntercept = "0"
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = bits_allocated, bits_stored, bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.PixelData = raw.tobytes()
    save(ds, name)
    # PS3.5 8.1.1 and C.7.6.3.1: only the low Bits Stored bits are the value, two's complement
    # when signed; computed here from the raw cells, not by pydicom.
    cells = raw.astype(np.int64) & ((1 << bits_stored) - 1)
    if signed:
        cells = np.where(cells >= 1 << (bits_stored - 1), cells - (1 << bits_stored), cells)
    row_dir, col_dir, normal, dx, dy = geometry(rows, cols, ds.PixelSpacing, ds.ImageOrientationPatient)
    samples = [dict(row=r, column=c, stored=int(cells[r, c]),
                    position=centre(ds.ImagePositionPatient, row_dir, col_dir, dx, dy, r, c).tolist(),
                    value=float(cells[r, c] * 0.75)) for r in range(rows) for c in range(cols)]
    record(name, cols, rows, 1, [dx, dy, 3.0], floats(ds.ImagePositionPatient), [row_dir, col_dir, normal],
           samples, decoding="PET_BQML_RESCALE")


def pt_narrow_cells():
    rng = np.random.default_rng(53)
    twelve = rng.integers(0, 1 << 12, size=(3, 4)).astype(np.uint16)
    twelve[0, :3] = [0x7FF, 0x800, 0xFFF]  # largest positive, most negative, -1
    junk = rng.integers(0, 16, size=twelve.shape).astype(np.uint16) << 12  # e.g. overlay bits
    pt_narrow("pt_12bit_signed.dcm", 16, 12, True, (twelve | junk).astype("<u2"))
    eight = rng.integers(0, 256, size=(2, 5)).astype(np.uint8)
    eight[0, 0] = 255
    pt_narrow("pt_8bit.dcm", 8, 8, False, eight)


# --- 6. SEG with two segments on the PT grid, BINARY 1-bit packed --------------------------
def seg(name, frames_spec, fractional=False):
    """frames_spec: list of (segment number, slice index k along the normal, mask or fractions)."""
    rng = np.random.default_rng(41)
    ds = new_file(SEG_STORAGE, uid(600 + len(name)), EXPLICIT)
    ds.Modality = "SEG"
    ds.SeriesInstanceUID = uid(699)
    ds.FrameOfReferenceUID = uid(398)
    ds.SegmentationType = "FRACTIONAL" if fractional else "BINARY"
    if fractional:
        ds.SegmentationFractionalType = "PROBABILITY"
        ds.MaximumFractionalValue = 255
    ds.ImageType = ["DERIVED", "PRIMARY"]
    segments = []
    for number, label in [(1, "lesion 1"), (2, "left kidney")]:
        s = Dataset()
        s.SegmentNumber = number
        s.SegmentLabel = label
        s.SegmentAlgorithmType = "MANUAL"
        segments.append(s)
    ds.SegmentSequence = Sequence(segments)
    shared = Dataset()
    orientation = Dataset()
    orientation.ImageOrientationPatient = PT_IOP
    shared.PlaneOrientationSequence = Sequence([orientation])
    measures = Dataset()
    measures.PixelSpacing = PT_SPACING
    measures.SliceThickness = "3.27"
    shared.PixelMeasuresSequence = Sequence([measures])
    ds.SharedFunctionalGroupsSequence = Sequence([shared])
    per_frame = []
    masks = []
    for number, k, mask in frames_spec:
        group = Dataset()
        position = Dataset()
        position.ImagePositionPatient = PT_XY + [k if isinstance(k, str) else PT_Z[k]]
        group.PlanePositionSequence = Sequence([position])
        ident = Dataset()
        ident.ReferencedSegmentNumber = number
        group.SegmentIdentificationSequence = Sequence([ident])
        per_frame.append(group)
        masks.append(mask)
    ds.PerFrameFunctionalGroupsSequence = Sequence(per_frame)
    ds.NumberOfFrames = len(per_frame)
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows, ds.Columns = PT_ROWS, PT_COLS
    if fractional:
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
        ds.PixelData = np.stack(masks).astype(np.uint8).tobytes()
    else:
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 1, 1, 0, 0
        ds.PixelData = pack_bits(np.stack(masks).astype(np.uint8))  # frames packed back to back
    path = save(ds, name)
    return path


def seg_two_segments():
    rng = np.random.default_rng(43)
    lesion = [rng.random((PT_ROWS, PT_COLS)) < 0.4 for _ in range(2)]
    kidney = [rng.random((PT_ROWS, PT_COLS)) < 0.5 for _ in range(3)]
    # Slice 3 holds both segments on disjoint pixels.
    kidney[0] = kidney[0] & ~lesion[1]
    spec = [(1, 2, lesion[0]), (1, 3, lesion[1]), (2, 3, kidney[0]), (2, 4, kidney[1]), (2, 5, kidney[2])]
    path = seg("seg_two_segments.dcm", spec)
    back = pydicom.dcmread(path)
    bits = np.unpackbits(np.frombuffer(back.PixelData, dtype=np.uint8), bitorder="little")
    frame_size = PT_ROWS * PT_COLS
    row_dir, col_dir, normal, dx, dy = geometry(PT_ROWS, PT_COLS, PT_SPACING, PT_IOP)
    labelled = []
    counts = {"1": 0, "2": 0}
    for f, group in enumerate(back.PerFrameFunctionalGroupsSequence):
        number = int(group.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        ipp = group.PlanePositionSequence[0].ImagePositionPatient
        frame = bits[f * frame_size:(f + 1) * frame_size].reshape(PT_ROWS, PT_COLS)
        for r, c in zip(*np.nonzero(frame)):
            labelled.append(centre(ipp, row_dir, col_dir, dx, dy, int(r), int(c)).tolist() + [number])
            counts[str(number)] += 1
    expected["seg_two_segments.dcm"] = dict(labelled=labelled, counts=counts,
                                            segments={"1": "lesion 1", "2": "left kidney"})


def seg_fractional():
    """FRACTIONAL (8 bit, maximum 255): a voxel belongs to a segment where fraction >= 1/2."""
    rng = np.random.default_rng(47)
    lesion = rng.integers(0, 256, size=(PT_ROWS, PT_COLS))
    lesion[0, :3] = [127, 128, 255]  # either side of one half, and full
    kidney = rng.integers(0, 256, size=(PT_ROWS, PT_COLS))
    kidney[lesion >= 128] = np.minimum(kidney[lesion >= 128], 127)  # disjoint where labelled
    path = seg("seg_fractional.dcm", [(1, 1, lesion), (2, 1, kidney)], fractional=True)
    back = pydicom.dcmread(path)
    frames = back.pixel_array  # (frames, rows, cols) uint8
    maximum = float(back.MaximumFractionalValue)
    row_dir, col_dir, normal, dx, dy = geometry(PT_ROWS, PT_COLS, PT_SPACING, PT_IOP)
    labelled = []
    counts = {"1": 0, "2": 0}
    for f, group in enumerate(back.PerFrameFunctionalGroupsSequence):
        number = int(group.SegmentIdentificationSequence[0].ReferencedSegmentNumber)
        ipp = group.PlanePositionSequence[0].ImagePositionPatient
        for r, c in zip(*np.nonzero(frames[f] / maximum >= 0.5)):
            labelled.append(centre(ipp, row_dir, col_dir, dx, dy, int(r), int(c)).tolist() + [number])
            counts[str(number)] += 1
    expected["seg_fractional.dcm"] = dict(labelled=labelled, counts=counts)


def seg_outside():
    mask = np.ones((PT_ROWS, PT_COLS), dtype=bool)
    # z = -50 + 3.27 * 9: two slices beyond the last PT slice.
    seg("seg_outside_grid.dcm", [(1, 2, mask), (2, "%.2f" % (-50 + 3.27 * 9), mask)])


# --- 6b. RTSTRUCT drawn on the PT grid: closed planar contours, one with a hole -------------
RTSTRUCT_STORAGE = "1.2.840.10008.5.1.4.1.1.481.3"


def pt_mm(i, j, k_z):
    """LPS of continuous PT-grid index (i column, j row) on the plane z = k_z (axial grid)."""
    return [-14.0 + i * 3.5, -10.5 + j * 3.0, float(k_z)]


def rtstruct(name, rois):
    """rois: list of (number, name, [(geometric type, slice z string, [(i, j), ...]), ...])."""
    ds = new_file(RTSTRUCT_STORAGE, uid(800 + len(name)), EXPLICIT)
    ds.Modality = "RTSTRUCT"
    ds.SeriesInstanceUID = uid(899)
    ds.StructureSetLabel = "fixture"
    ds.ReferencedFrameOfReferenceSequence = Sequence([Dataset()])
    ds.ReferencedFrameOfReferenceSequence[0].FrameOfReferenceUID = uid(398)
    roi_items, contour_items = [], []
    for number, label, contours in rois:
        r = Dataset()
        r.ROINumber = number
        r.ReferencedFrameOfReferenceUID = uid(398)
        r.ROIName = label
        r.ROIGenerationAlgorithm = "MANUAL"
        roi_items.append(r)
        c = Dataset()
        c.ReferencedROINumber = number
        c.ROIDisplayColor = [255, 0, 0]
        seq = []
        for kind, z, points in contours:
            item = Dataset()
            item.ContourGeometricType = kind
            item.NumberOfContourPoints = len(points)
            item.ContourData = ["%.4f" % v for (i, j) in points for v in pt_mm(i, j, z)]
            seq.append(item)
        c.ContourSequence = Sequence(seq)
        contour_items.append(c)
    ds.StructureSetROISequence = Sequence(roi_items)
    ds.ROIContourSequence = Sequence(contour_items)
    return save(ds, name)


def inside_convex(polygon, i, j):
    """Strictly inside a convex counter-clockwise or clockwise polygon (half-plane test)."""
    signs = []
    for (x0, y0), (x1, y1) in zip(polygon, polygon[1:] + polygon[:1]):
        cross = (x1 - x0) * (j - y0) - (y1 - y0) * (i - x0)
        assert abs(cross) > 1e-6, "a voxel centre on an edge would make the fixture ambiguous"
        signs.append(cross > 0)
    return all(signs) or not any(signs)


def rect(i0, i1, j0, j1):
    return [(i0, j0), (i1, j0), (i1, j1), (i0, j1)]


def rtstruct_on_pt_grid():
    lesion = rect(1.3, 4.6, 0.6, 3.2)
    outer, hole = rect(4.4, 8.7, 0.3, 6.6), rect(5.6, 7.4, 2.5, 4.5)
    triangle = [(0.2, 0.2), (8.6, 0.4), (0.3, 6.7)]
    rois = [(1, "lesion", [("CLOSED_PLANAR", PT_Z[2], lesion), ("CLOSED_PLANAR", PT_Z[3], lesion)]),
            (2, "kidney", [("CLOSED_PLANAR", PT_Z[4], outer), ("CLOSED_PLANAR", PT_Z[4], hole)]),
            (3, "triangle", [("CLOSED_PLANAR", PT_Z[5], triangle)]),
            (4, "marker", [("POINT", PT_Z[1], [(2.0, 2.0)])])]
    rtstruct("rtstruct_on_pt_grid.dcm", rois)
    labelled, counts = [], {"1": 0, "2": 0, "3": 0, "4": 0}
    for k in range(PT_SLICES):
        for j in range(PT_ROWS):
            for i in range(PT_COLS):
                label = 0
                if k in (2, 3) and inside_convex(lesion, i, j):
                    label = 1
                if k == 4 and inside_convex(outer, i, j) and not inside_convex(hole, i, j):
                    label = 2
                if k == 5 and inside_convex(triangle, i, j):
                    label = 3
                if label:
                    labelled.append(pt_mm(i, j, PT_Z[k]) + [label])
                    counts[str(label)] += 1
    expected["rtstruct_on_pt_grid.dcm"] = dict(labelled=labelled, counts=counts,
                                               names={"1": "lesion", "2": "kidney", "3": "triangle",
                                                      "4": "marker"})
    z_between = "%.2f" % (-50 + 3.27 * 2.5)
    rtstruct("rtstruct_off_grid.dcm", [(1, "lesion", [("CLOSED_PLANAR", z_between, lesion)])])


# --- 7. A compressed transfer syntax (header only) and a truncated file --------------------
def compressed_header():
    ds = new_file(NM_STORAGE, uid(700), JPEG_LOSSLESS_SV1)
    ds.is_little_endian, ds.is_implicit_VR = True, False
    ds.Modality = "NM"
    ds.Rows, ds.Columns = 8, 8
    ds.BitsAllocated = 16
    save(ds, "compressed_jpeg_lossless_header.dcm")


def truncated(source):
    with open(source, "rb") as f:
        data = f.read()
    cut = len(data) - 37  # inside the pixel data
    with open(os.path.join(HERE, "truncated.dcm"), "wb") as f:
        f.write(data[:cut])
    expected["truncated.dcm"] = dict(fullLength=len(data), length=cut)


nm_multiframe_rwvm()
nm_counts()
nm_series_and_thickness_only()
pt_series()
implicit_path = pt_implicit()
pt_big_endian()
pt_narrow_cells()
seg_two_segments()
seg_fractional()
rtstruct_on_pt_grid()
seg_outside()
compressed_header()
truncated(implicit_path)
expected["generator"] = dict(pydicom=pydicom.__version__, numpy=np.__version__)
with open(os.path.join(HERE, "expected.json"), "w") as f:
    json.dump(expected, f, indent=1, sort_keys=True)
    f.write("\n")
