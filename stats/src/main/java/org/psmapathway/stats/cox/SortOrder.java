package org.psmapathway.stats.cox;

/** Stable merge sort of row indices by a primitive comparison, without boxing. */
final class SortOrder {

    /** Compares rows a and b; negative when a sorts first. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    private SortOrder() {
    }

    /** Row indices 0..n-1 ordered by {@code cmp}, equal rows kept in input order. O(n log n). */
    static int[] of(int n, RowComparator cmp) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        int[] b = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                if (mid >= hi || cmp.compare(a[mid - 1], a[mid]) <= 0) {
                    System.arraycopy(a, lo, b, lo, hi - lo); // already in order
                    continue;
                }
                while (i < mid && j < hi) {
                    b[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
                }
                while (i < mid) {
                    b[k++] = a[i++];
                }
                while (j < hi) {
                    b[k++] = a[j++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }
}
