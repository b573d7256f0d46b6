// Placeholder so that the target builds until its issue lands; removed by that work.
enum HealthRemediationAWSPlaceholder {}
