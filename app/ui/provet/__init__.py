"""The Provet Cloud tab as a package of pages: Browse (filters, live query, paged results,
detail, CSV export, saved queries), Webhooks (inbox, retry, catch-up, receiver, subscriptions)
and Connection (sign-in, registration); ``tab.ProvetTab`` holds the three."""
