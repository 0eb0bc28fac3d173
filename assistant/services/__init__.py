"""Services: document administration, the feedback store and evaluation, over the domain types."""
