// One browser app at a time: each class starts the whole service (with its Hangfire workers on PostgreSQL) and a
// Chromium, and the suite shares two cores and one PostgreSQL server with the other test projects.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
