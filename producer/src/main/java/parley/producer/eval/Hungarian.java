package parley.producer.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maximum-weight bipartite matching (Hungarian algorithm, O(n³)), step for step as score.py's hungarian_max. */
final class Hungarian {
    private Hungarian() { }

    /**
     * weight[row][col] ≥ 0, 0 = no edge. Returns the matched (row, col) pairs over positive-weight edges, sorted.
     * Ties between equally good matchings are broken exactly as in score.py (same loop order, same strict comparisons).
     */
    static List<int[]> maxWeight(long[][] weight) {
        int nr = weight.length, nc = nr == 0 ? 0 : weight[0].length;
        if (nr == 0 || nc == 0) return List.of();
        int n = Math.max(nr, nc);
        long[][] cost = new long[n][n];              // min-cost assignment on the padded square matrix
        for (int i = 0; i < nr; i++)
            for (int j = 0; j < nc; j++) cost[i][j] = -weight[i][j];
        final long inf = Long.MAX_VALUE;
        long[] u = new long[n + 1], v = new long[n + 1];
        int[] way = new int[n + 1], matchCol = new int[n + 1];   // matchCol[j] = row matched to col j (1-based)
        for (int i = 1; i <= n; i++) {
            matchCol[0] = i;
            int j0 = 0;
            long[] minv = new long[n + 1];
            Arrays.fill(minv, inf);
            boolean[] used = new boolean[n + 1];
            while (true) {
                used[j0] = true;
                int i0 = matchCol[j0], j1 = 0;
                long delta = inf;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[matchCol[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
                if (matchCol[j0] == 0) break;
            }
            while (true) {
                int j1 = way[j0];
                matchCol[j0] = matchCol[j1];
                j0 = j1;
                if (j0 == 0) break;
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int j = 1; j <= n; j++) {
            int i = matchCol[j];
            if (i != 0 && i - 1 < nr && j - 1 < nc && weight[i - 1][j - 1] > 0) pairs.add(new int[] {i - 1, j - 1});
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        return pairs;
    }
}
